import type { Config, SubgraphName } from '../config';
import { databaseName, ensureDatabase, withDatabase } from './database-url';
import { startEmbeddedPostgres } from './embedded-postgres';

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
