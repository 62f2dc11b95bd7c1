import type { AddressInfo } from 'node:net';
import { setOutlierThreshold } from './contract/outlier-rule';
import { setRecordedDatesFrom } from './contract/recording-limits';
import { setOnTimeDays } from './contract/timeliness';
import type { Access } from './core/auth/access';
import { loadSigningKey } from './core/auth/signing-key';
import { tokenAuthenticator } from './core/auth/tokens';
import type { Config } from './core/config';
import { logger, setLogLevel } from './core/observability/logger';
import { startConfiguredTracing } from './core/observability/tracing';
import type { Subgraph } from './core/subgraph';
import type { RunningSubgraphs } from './subgraphs/registry';
import { startInProcessSubgraphs } from './topologies/in-process-subgraphs';
import { serveGateway, type TokenKeys } from './topologies/serve-gateway';
import { serveHttp } from './topologies/serve-http';
import { serveSubgraph } from './topologies/serve-subgraph';
import { type Startup, Stops } from './topologies/startup';

export interface RunningSystem extends RunningSubgraphs {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts what the configuration asks for: by default the database, every subgraph in this
 * process and the gateway over them; with SERVE_SUBGRAPH one subgraph alone; with every
 * <NAME>_URL set, the gateway alone over remote subgraphs.
 */
export async function startSystem(config: Config, log: (line: string) => void = (line) => logger.info(line)): Promise<RunningSystem> {
  setLogLevel(config.logLevel);
  const startup: Startup = {
    config,
    log,
    explorer: { enabled: config.graphqlExplorer, production: config.production },
    stops: new Stops(log),
  };
  try {
    setRecordedDatesFrom(config.recordedDatesFrom);
    setOnTimeDays(config.onTimeDays);
    setOutlierThreshold(config.outlierZThreshold);
    // First, so that every request is traced; stopped last (stops run in reverse), so the last spans are sent.
    const tracing = await startConfiguredTracing(config.tracing, log);
    if (tracing) startup.stops.add(() => tracing.stop());
    const keys = await tokenKeys(config);
    const subgraphs = await startInProcessSubgraphs(startup, keys.access);
    // SERVE_SUBGRAPH's subgraph is always started in process: it is the one this process is for.
    const served = config.serveSubgraph
      ? await serveSubgraph(subgraphs[config.serveSubgraph] as Subgraph, startup)
      : await serveGateway(subgraphs, keys, startup);
    const port = ((await serveHttp(served, startup)).address() as AddressInfo).port;
    return { url: `http://localhost:${port}/graphql`, port, ...subgraphs, stop: () => startup.stops.stopAll() };
  } catch (error) {
    await startup.stops.stopAll();
    throw error;
  }
}

async function tokenKeys(config: Config): Promise<TokenKeys> {
  const signingKey = await loadSigningKey(config.jwtSecret, config.localKeyFile);
  const tokenMaxLifetimeSeconds = config.tokenMaxLifetimeHours * 3600;
  const access: Access = {
    authenticate: tokenAuthenticator(signingKey, tokenMaxLifetimeSeconds),
    disclosure: config.disclosure,
    publicationWaitMs: config.publicationWaitMs,
  };
  return { access, signingKey, tokenMaxLifetimeSeconds };
}
