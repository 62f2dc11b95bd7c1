import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { openSubgraphDatabase } from '../database/subgraph-data-source';

// Every connection of a pool starts with the parallel workers it was given (DATABASE_PARALLEL_WORKERS),
// whatever the server's own setting: none unless told.
describe('parallel workers per statement', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  /** The setting as each of `connections` connections of the pool, all open at once, sees it. */
  async function settingsOf(options: Parameters<typeof openSubgraphDatabase>[2], connections = 3): Promise<string[]> {
    const { dataSource } = await openSubgraphDatabase(GEOGRAPHY_DATABASE, database.url, options);
    try {
      // pg_sleep keeps each connection busy, so that the pool opens one per statement.
      const rows = await Promise.all(
        Array.from({ length: connections }, () =>
          dataSource.query("SELECT current_setting('max_parallel_workers_per_gather') AS workers, pg_backend_pid() AS pid, pg_sleep(0.05)"),
        ),
      );
      expect(new Set(rows.map(([row]) => row.pid)).size).toBe(connections);
      return rows.map(([row]) => row.workers);
    } finally {
      await dataSource.destroy();
    }
  }

  it('gives each statement no parallel workers by default, and as many as set otherwise', async () => {
    expect(await settingsOf({})).toEqual(['0', '0', '0']);
    expect(await settingsOf({ parallelWorkers: 3 })).toEqual(['3', '3', '3']);
  });
});
