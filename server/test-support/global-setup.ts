import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { serverVersion } from '../cli/app-database';
import { findTools, toolFolders } from '../cli/postgres-tools';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';
import { freePort } from './free-port';

/**
 * Whether this machine has a pg_dump as new as the test server, which backups need: told to the
 * test files (SIRA_TEST_BACKUP_TOOLS), which decide what they run before any test starts, so
 * a test that cannot run here shows as skipped rather than passed.
 */
async function noteBackupTools(serverUrl: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { major } = await serverVersion(client);
    const tools = await findTools('pg_dump', toolFolders(process.env, process.env.PG_BIN_DIR || undefined));
    process.env.SIRA_TEST_BACKUP_TOOLS = tools.some((tool) => tool.major >= major) ? 'fit' : 'missing';
  } finally {
    await client.end();
  }
}

/**
 * Gives every test file a real PostgreSQL server: the one in DATABASE_URL when set (e.g.
 * the machine's PostgreSQL 15), otherwise a fresh embedded one for this run. Test files
 * each create their own database on it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.SIRA_TEST_SERVER_URL = process.env.DATABASE_URL;
    await noteBackupTools(process.env.DATABASE_URL);
    return;
  }
  // A folder and a port of this run's own, so two runs on one machine do not collide.
  const dataDir = path.resolve(__dirname, `../../.data/test-postgres-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const port = Number(process.env.EMBEDDED_PG_TEST_PORT) || (await freePort());
  const server = await startEmbeddedPostgres({ dataDir, port, durable: false });
  process.env.SIRA_TEST_SERVER_URL = server.url;
  await noteBackupTools(server.url);
  (globalThis as { __siraTestPostgres?: { stop(): Promise<void> } }).__siraTestPostgres = {
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
