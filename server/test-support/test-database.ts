import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../core/database/database-url';
import { SUBGRAPHS } from '../subgraphs/registry';
import { startSubgraphs } from '../topologies/in-process-subgraphs';
import { Stops } from '../topologies/startup';
import { TEST_ACCESS } from './auth';

function serverUrl(): string {
  const url = process.env.SIRA_TEST_SERVER_URL;
  if (!url) throw new Error('SIRA_TEST_SERVER_URL is not set: run the tests through jest (its global setup starts PostgreSQL).');
  return url;
}

/** A new, empty database on the test server, for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sira_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl(), name);
  return { url: withDatabase(serverUrl(), name), drop: () => dropDatabase(serverUrl(), name) };
}

/** Every subgraph on a fresh database, after their real migrations; nothing loaded. */
export async function startTestSubgraphs() {
  const database = await createTestDatabase();
  const stops = new Stops(console.error);
  stops.add(() => database.drop());
  try {
    const subgraphs = await startSubgraphs(SUBGRAPHS, { urlFor: () => database.url, access: TEST_ACCESS, stops });
    return { url: database.url, ...subgraphs, close: () => stops.stopAll() };
  } catch (error) {
    await stops.stopAll();
    throw error;
  }
}
