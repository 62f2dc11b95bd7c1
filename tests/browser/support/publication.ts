import type { Client } from 'pg';

/**
 * Holds back every build of a publication until the returned function is called: an open
 * transaction of `db` locks a table only a build reads (the profile rollup), so a build waits
 * for it while everything else is answered.
 */
export async function holdPublicationBuilds(db: Client): Promise<() => Promise<unknown>> {
  await db.query('BEGIN');
  await db.query('LOCK TABLE engagement.roundtable_profile_rollup IN ACCESS EXCLUSIVE MODE');
  return () => db.query('COMMIT');
}
