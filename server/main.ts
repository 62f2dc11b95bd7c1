import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config';
import { logger } from './core/observability/logger';
import { startSystem } from './system';

async function main(): Promise<void> {
  const config = loadConfig();
  const system = await startSystem(config);
  const what = config.serveSubgraph ? `Subgraph ${config.serveSubgraph}` : 'SIRA Monitor GraphQL API';
  logger.info({ url: system.url }, `${what} ready at ${system.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, `${signal} received: stopping.`);
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) logger.fatal(`Configuration error: ${error.message}`);
  else logger.fatal({ err: error }, 'The server could not start');
  process.exit(1);
});
