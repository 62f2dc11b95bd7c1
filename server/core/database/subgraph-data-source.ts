import { DataSource, MigrationExecutor, type MixedList, type QueryRunner } from 'typeorm';
import { type DatabaseTimeouts, DEFAULT_DATABASE_PARALLEL_WORKERS, DEFAULT_DATABASE_TIMEOUTS } from '../config';
import { ChangeNotices } from './change-notices';
import { responsiveClient } from './responsive-client';
import { SqlLog } from './sql-log';

export interface SubgraphDatabaseDefinition {
  /** The PostgreSQL schema that holds every table of the subgraph, and its migrations table. */
  schema: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes migration classes as Function.
  migrations: MixedList<Function>;
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  sqlLog: SqlLog;
  /** How its instances hear that another changed what each keeps in memory; connects only once something listens. */
  notices: ChangeNotices;
}

/** How long a statement may run before its pool checks that the server still answers at all. */
const CHECK_SERVER_AFTER_MS = 1_000;
const MAX_PROBE_MS = 2_000;

/**
 * pg's options for a pool: PostgreSQL cancels a long statement and ends a session left idle in
 * a transaction (both sent at connection start; 0 leaves the server's setting); a connection
 * not open within the connect timeout fails; and a statement on a server that stopped answering
 * fails after CHECK_SERVER_AFTER_MS and a probe of at most MAX_PROBE_MS instead of hanging
 * (responsive-client.ts). No pg query_timeout: it cannot tell a slow statement from a frozen server.
 */
export function poolTimeouts(timeouts: DatabaseTimeouts): Record<string, unknown> {
  return {
    statement_timeout: timeouts.statementMs || undefined,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs || undefined,
    Client: responsiveClient({
      connectTimeoutMs: timeouts.connectMs,
      checkAfterMs: CHECK_SERVER_AFTER_MS,
      probeTimeoutMs: Math.min(timeouts.connectMs, MAX_PROBE_MS),
    }),
  };
}

/**
 * How PostgreSQL plans the pool's statements, sent at connection start as the timeouts are, so it
 * holds for every statement, on the embedded server and an external one alike (and what the
 * bench gives every candidate's database):
 * - no JIT compilation: a statement here runs for milliseconds, and compiling it (where the
 *   server has JIT) does not pay back. At 1,000 regions the gateway answered the report 4.3 times
 *   a second at 10 connections with it, 6.4 without, and the overview 14.5 and 17.4; an import's
 *   audit statement spent 0.4 s compiling to run 0.4 s;
 * - at most `parallelWorkers` workers per statement (DATABASE_PARALLEL_WORKERS, config.ts).
 */
export const plannerSettings = (parallelWorkers: number): Readonly<Record<string, string>> => ({
  jit: 'off',
  max_parallel_workers_per_gather: String(parallelWorkers),
});

const plannerOptions = (parallelWorkers: number) =>
  Object.entries(plannerSettings(parallelWorkers))
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');

/**
 * Connects a subgraph to its own schema and brings the schema up to date with its
 * migrations. The DataSource knows no entities: every read and write is SQL, and the tables
 * are made by the migrations alone.
 */
export async function openSubgraphDatabase(
  definition: SubgraphDatabaseDefinition,
  url: string,
  options: { logSql?: boolean; poolSize?: number; timeouts?: DatabaseTimeouts; parallelWorkers?: number } = {},
): Promise<SubgraphDatabase> {
  const sqlLog = new SqlLog(definition.schema, options.logSql ?? false);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: definition.schema,
    migrations: definition.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logger: sqlLog,
    logging: true,
    maxQueryExecutionTime: 1000,
    extra: {
      max: options.poolSize ?? 10,
      application_name: `sira-${definition.schema}`,
      options: plannerOptions(options.parallelWorkers ?? DEFAULT_DATABASE_PARALLEL_WORKERS),
      ...poolTimeouts(options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS),
    },
  });
  await dataSource.initialize();
  try {
    await migrateUnderLock(dataSource, definition.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return { dataSource, sqlLog, notices: new ChangeNotices(url, `sira-${definition.schema}`) };
}

/**
 * Several instances of one subgraph may start at once: only one of them migrates at a time.
 * The migrations run on the connection that holds the lock, without the statement timeout:
 * waiting for another instance's migrations, or a migration over a large table, may take longer.
 */
async function migrateUnderLock(dataSource: DataSource, schema: string): Promise<void> {
  const lock: QueryRunner = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SET statement_timeout = 0');
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`sira-migrations-${schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const migrations = new MigrationExecutor(dataSource, lock);
    migrations.transaction = 'all';
    await migrations.executePendingMigrations();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`sira-migrations-${schema}`]).catch(() => {});
    await lock.query('RESET statement_timeout').catch(() => {});
    await lock.release();
  }
}
