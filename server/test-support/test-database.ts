import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, withDatabase } from '../core/database/database-url';
import { openSubgraphDatabase } from '../core/database/subgraph-data-source';
import { ENGAGEMENT_DATABASE } from '../subgraphs/engagement/engagement.database';
import { startEngagement } from '../subgraphs/engagement/engagement.subgraph';
import { EVALUATION_DATABASE } from '../subgraphs/evaluation/evaluation.database';
import { startEvaluation } from '../subgraphs/evaluation/evaluation.subgraph';
import { GEOGRAPHY_DATABASE } from '../subgraphs/geography/geography.database';
import { startGeography } from '../subgraphs/geography/geography.subgraph';
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
  const geographyDb = await openSubgraphDatabase(GEOGRAPHY_DATABASE, database.url);
  const engagementDb = await openSubgraphDatabase(ENGAGEMENT_DATABASE, database.url);
  const evaluationDb = await openSubgraphDatabase(EVALUATION_DATABASE, database.url);
  const geography = await startGeography(geographyDb, TEST_ACCESS);
  const engagement = await startEngagement(engagementDb, TEST_ACCESS);
  const evaluation = await startEvaluation(evaluationDb, TEST_ACCESS);
  return {
    url: database.url,
    geography,
    engagement,
    evaluation,
    async close() {
      await geographyDb.dataSource.destroy();
      await engagementDb.dataSource.destroy();
      await evaluationDb.dataSource.destroy();
      await database.drop();
    },
  };
}
