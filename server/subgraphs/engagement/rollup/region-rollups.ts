import type { EntityManager } from 'typeorm';

/**
 * Leaves each region's sums, for the rest of the transaction, to refreshRegionRollups: the
 * triggers that recompute them after every statement do nothing meanwhile (migration
 * DeferredRegionRollups1769000000000). For a write of many roundtables in a statement per table,
 * which would otherwise recompute every region it touches two or three times per rollup.
 */
export async function deferRegionRollups(manager: EntityManager): Promise<void> {
  await manager.query("SELECT set_config('engagement.region_rollups', 'deferred', true)");
}

/**
 * Recomputes the regions' sums once, as the triggers would have, and moves their data version
 * on; the triggers follow every statement again from here. The regions are those whose
 * roundtables the transaction wrote, locked at its start (lockRegions).
 */
export async function refreshRegionRollups(manager: EntityManager, regions: Iterable<string>): Promise<void> {
  await manager.query("SELECT set_config('engagement.region_rollups', '', true)");
  const slugs = [...new Set(regions)].sort();
  if (slugs.length === 0) return;
  await manager.query(
    `SELECT engagement.refresh_region_attendance_rollup($1::text[]), engagement.refresh_region_category_rollup($1::text[]),
            engagement.refresh_region_challenge_rollup($1::text[]), engagement.bump_region_data_versions($1::text[])`,
    [slugs],
  );
}
