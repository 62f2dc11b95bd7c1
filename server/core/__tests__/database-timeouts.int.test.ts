import { GraphQLError } from 'graphql';
import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { allowLongStatements } from '../database/statement-timeout';
import { openSubgraphDatabase, type SubgraphDatabase } from '../database/subgraph-data-source';
import { formatError } from '../errors';

const codeOf = (error: unknown) =>
  formatError()({ message: 'x' }, new GraphQLError('x', { originalError: error as Error })).extensions?.code;

// The pools' timeouts against a live server: PostgreSQL cancels what runs or idles too long,
// the work that may run long raises the limit for itself, and a slow statement on a server that
// answers is never mistaken for a frozen one.
describe('database timeouts', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openSubgraphDatabase(GEOGRAPHY_DATABASE, database.url, {
      timeouts: { connectMs: 3_000, statementMs: 500, idleInTransactionMs: 500 },
    });
  });
  afterAll(async () => {
    await db?.dataSource.destroy();
    await database?.drop();
  });

  it('has PostgreSQL cancel a statement over DATABASE_STATEMENT_TIMEOUT_MS, which reads SERVICE_UNAVAILABLE', async () => {
    const error = await db.dataSource.query('SELECT pg_sleep(1)').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: '57014' });
    expect(codeOf(error)).toBe('SERVICE_UNAVAILABLE');
  });

  it('lets a transaction allow its own statements longer, and only that transaction', async () => {
    await db.dataSource.transaction(async (manager) => {
      await allowLongStatements(manager, 5_000);
      expect(await manager.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '5s' }]);
      await manager.query('SELECT pg_sleep(1)');
    });
    expect(await db.dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '500ms' }]);
  });

  it('never lowers the limit, nor sets one where there is none', async () => {
    await db.dataSource.transaction(async (manager) => {
      await allowLongStatements(manager, 100);
      expect(await manager.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '500ms' }]);
      await manager.query('SET LOCAL statement_timeout = 0');
      await allowLongStatements(manager, 5_000);
      expect(await manager.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '0' }]);
    });
  });

  it('lets a slow statement on a live server run past the responsiveness check, up to the timeout', async () => {
    await db.dataSource.transaction(async (manager) => {
      await allowLongStatements(manager, 10_000);
      const started = Date.now();
      await manager.query('SELECT pg_sleep(2.5)');
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    });
  });

  it('has PostgreSQL end a transaction left idle past DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS, and the pool carries on', async () => {
    const error = await db.dataSource
      .transaction(async (manager) => {
        await manager.query('SELECT 1');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await manager.query('SELECT 1');
      })
      .catch((caught: unknown) => caught);
    // The server ended the session, and with it the transaction: what held it idle learns it on its next statement.
    expect(error).toBeInstanceOf(Error);
    expect(await db.dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
