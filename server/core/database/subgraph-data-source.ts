import { DataSource, type MixedList } from 'typeorm';
import { SqlLog } from './sql-log';

export interface SubgraphDatabaseDefinition {
  /** The PostgreSQL schema that holds every table of the subgraph, and its migrations table. */
  schema: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity and migration classes as Function.
  entities: MixedList<Function>;
  // biome-ignore lint/complexity/noBannedTypes: see above.
  migrations: MixedList<Function>;
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  sqlLog: SqlLog;
}

/**
 * Connects a subgraph to its own schema and brings the schema up to date with its
 * migrations. The tables are never synchronised from the entities.
 */
export async function openSubgraphDatabase(
  definition: SubgraphDatabaseDefinition,
  url: string,
  options: { logSql?: boolean; poolSize?: number } = {},
): Promise<SubgraphDatabase> {
  const sqlLog = new SqlLog(definition.schema, options.logSql ?? false);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: definition.schema,
    entities: definition.entities,
    migrations: definition.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logger: sqlLog,
    logging: true,
    maxQueryExecutionTime: 1000,
    extra: { max: options.poolSize ?? 10, application_name: `sira-${definition.schema}` },
  });
  await dataSource.initialize();
  try {
    await migrateUnderLock(dataSource, definition.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, sqlLog };
}

/** Several instances of one subgraph may start at once: only one of them migrates at a time. */
async function migrateUnderLock(dataSource: DataSource, schema: string): Promise<void> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`sira-migrations-${schema}`]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`sira-migrations-${schema}`]).catch(() => {});
    await lock.release();
  }
}
