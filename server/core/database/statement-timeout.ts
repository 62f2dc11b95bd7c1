import type { EntityManager } from 'typeorm';

/** Loading a data set: a rollup over a million participations took 6 s here, and a larger set takes longer. */
export const LOADING_STATEMENT_TIMEOUT_MS = 10 * 60_000;
/** An import of 5,000 roundtables: its longest statement (their rollups) took 6 s over a million participations. */
export const IMPORT_STATEMENT_TIMEOUT_MS = 2 * 60_000;

/**
 * Raises statement_timeout for the rest of the transaction (SET LOCAL), for work that may
 * legitimately run long statements. Never lowers it, and leaves it unlimited where it is.
 */
export async function allowLongStatements(manager: EntityManager, ms: number): Promise<void> {
  await manager.query(
    `SELECT set_config('statement_timeout', $1, true) FROM pg_settings
     WHERE name = 'statement_timeout' AND setting::bigint <> 0 AND setting::bigint < $1::bigint`,
    [String(ms)],
  );
}
