import { ACCOUNTS_DATABASE } from '../../subgraphs/accounts/accounts.database';
import { ENGAGEMENT_DATABASE } from '../../subgraphs/engagement/engagement.database';
import { EVALUATION_DATABASE } from '../../subgraphs/evaluation/evaluation.database';
import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { openSubgraphDatabase } from '../database/subgraph-data-source';

const tablesIn = async (db: { query(sql: string, params: unknown[]): Promise<{ table_name: string }[]> }, schema: string) =>
  (await db.query('SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1', [schema])).map(
    (r) => r.table_name,
  );

describe.each([GEOGRAPHY_DATABASE, ENGAGEMENT_DATABASE, EVALUATION_DATABASE, ACCOUNTS_DATABASE])('migrations of $schema', (definition) => {
  it('go up, all the way down, and up again, each subgraph in its own schema', async () => {
    const database = await createTestDatabase();
    try {
      const { dataSource } = await openSubgraphDatabase(definition, database.url);
      try {
        const afterUp = await tablesIn(dataSource, definition.schema);
        expect(afterUp).toContain('migrations');
        expect(afterUp.length).toBeGreaterThan(2);
        const other = definition.schema === 'geography' ? 'engagement' : 'geography';
        expect(await tablesIn(dataSource, other)).toEqual([]);
        while (
          await dataSource
            .showMigrations()
            .then(() => dataSource.query(`SELECT count(*)::int AS n FROM "${definition.schema}".migrations`))
            .then((r) => r[0].n > 0)
        ) {
          await dataSource.undoLastMigration({ transaction: 'all' });
        }
        expect(await tablesIn(dataSource, definition.schema)).toEqual(['migrations']);
        await dataSource.runMigrations({ transaction: 'all' });
        expect(await tablesIn(dataSource, definition.schema)).toEqual(afterUp);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.drop();
    }
  });
});
