import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';
import { freePort } from './free-port';

/**
 * Gives every test file a real PostgreSQL server: the one in DATABASE_URL when set (e.g.
 * the machine's PostgreSQL 15), otherwise a fresh embedded one for this run. Test files
 * each create their own database on it (see test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.SIRA_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  // A folder and a port of this run's own, so two runs on one machine do not collide.
  const dataDir = path.resolve(__dirname, `../../.data/test-postgres-${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  const port = Number(process.env.EMBEDDED_PG_TEST_PORT) || (await freePort());
  const server = await startEmbeddedPostgres({ dataDir, port, durable: false });
  process.env.SIRA_TEST_SERVER_URL = server.url;
  (globalThis as { __siraTestPostgres?: { stop(): Promise<void> } }).__siraTestPostgres = {
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
