import type { Config, SubgraphName } from '../config';
import { databaseName, ensureDatabase, withDatabase } from './database-url';
import { embeddedServerRunning, embeddedServerUrl, startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseServer {
  /** The URL a subgraph connects to: its own override, or the shared database. */
  urlFor(subgraph: SubgraphName): string;
  describe(): string;
  stop(): Promise<void>;
}

const APP_DATABASE = 'sira';

/** With DATABASE_URL, that server; without it, an embedded PostgreSQL of this process's own. */
export async function openDatabaseServer(config: Config, log: (line: string) => void): Promise<DatabaseServer> {
  const overrides = config.subgraphDatabaseUrls;
  if (config.database.kind === 'url') {
    const url = config.database.url;
    await ensureDatabase(url, databaseName(url));
    return {
      urlFor: (subgraph) => overrides[subgraph] ?? url,
      describe: () => `PostgreSQL at ${new URL(url).host}, database ${databaseName(url)}`,
      stop: async () => {},
    };
  }
  const { port, dataDir } = config.database;
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  await ensureDatabase(embedded.url, APP_DATABASE);
  const url = withDatabase(embedded.url, APP_DATABASE);
  log(`Embedded PostgreSQL started on 127.0.0.1:${port} (data in ${dataDir})`);
  return {
    urlFor: (subgraph) => overrides[subgraph] ?? url,
    describe: () => `embedded PostgreSQL on 127.0.0.1:${port}, data in ${dataDir}`,
    stop: () => embedded.stop(),
  };
}

/**
 * For a command run beside the server (`pnpm sira user`): the embedded PostgreSQL of a running
 * `pnpm start`, which a second server could not start on, reached at its port; otherwise as
 * openDatabaseServer, which starts it for the command's time.
 */
export async function attachDatabaseServer(config: Config, log: (line: string) => void): Promise<DatabaseServer> {
  const { database } = config;
  if (database.kind === 'embedded' && (await embeddedServerRunning(database.dataDir))) {
    const url = withDatabase(embeddedServerUrl(database.port), APP_DATABASE);
    return {
      urlFor: (subgraph) => config.subgraphDatabaseUrls[subgraph] ?? url,
      describe: () => `the running embedded PostgreSQL on 127.0.0.1:${database.port}`,
      stop: async () => {},
    };
  }
  return openDatabaseServer(config, log);
}
