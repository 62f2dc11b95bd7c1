import 'reflect-metadata';
import { ConfigError, loadConfig } from './core/config';
import { startSystem } from './system';

async function main(): Promise<void> {
  const config = loadConfig();
  const system = await startSystem(config);
  const what = config.serveSubgraph ? `Subgraph ${config.serveSubgraph}` : 'SIRA Monitor GraphQL API';
  console.log(`${what} ready at ${system.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: stopping.`);
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
