import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { openSubgraphDatabase } from '../database/subgraph-data-source';

// Every connection of a pool starts planned as the pool says, whatever the server's own
// settings: no JIT compilation, and the parallel workers it was given (DATABASE_PARALLEL_WORKERS),
// none unless told.
describe("a pool's planner options", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.drop());

  /** jit and max_parallel_workers_per_gather as each of `connections` connections of the pool, all open at once, sees them. */
  async function settingsOf(options: Parameters<typeof openSubgraphDatabase>[2], connections = 3): Promise<string[]> {
    const { dataSource } = await openSubgraphDatabase(GEOGRAPHY_DATABASE, database.url, options);
    try {
      // pg_sleep keeps each connection busy, so that the pool opens one per statement.
      const rows = await Promise.all(
        Array.from({ length: connections }, () =>
          dataSource.query(
            `SELECT current_setting('jit') || ' ' || current_setting('max_parallel_workers_per_gather') AS settings,
                    pg_backend_pid() AS pid, pg_sleep(0.05)`,
          ),
        ),
      );
      expect(new Set(rows.map(([row]) => row.pid)).size).toBe(connections);
      return rows.map(([row]) => row.settings);
    } finally {
      await dataSource.destroy();
    }
  }

  it('plans without JIT and with no parallel workers by default, and with as many workers as set otherwise', async () => {
    expect(await settingsOf({})).toEqual(['off 0', 'off 0', 'off 0']);
    expect(await settingsOf({ parallelWorkers: 3 })).toEqual(['off 3', 'off 3', 'off 3']);
  });
});
