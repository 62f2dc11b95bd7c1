import type { DataSource } from 'typeorm';

/**
 * Undoes a subgraph's migrations, newest first, until `migration` (its class name) is undone too:
 * a test of one migration's down keeps testing it when newer migrations come after it.
 */
export async function undoMigrationsThrough(dataSource: DataSource, schema: string, migration: string): Promise<void> {
  const applied = async () => (await dataSource.query(`SELECT 1 FROM "${schema}".migrations WHERE name = $1`, [migration])).length > 0;
  if (!(await applied())) throw new Error(`${schema}: migration ${migration} is not applied`);
  while (await applied()) await dataSource.undoLastMigration({ transaction: 'all' });
}
