import type { EntityManager } from 'typeorm';

/**
 * Takes, at the start of a write, the per-region locks its statements would otherwise take one
 * by one as they touch each region's rollups (migration RegionRollup1764200000000), all at
 * once and in the one order the lock function uses. Two writes of several regions then wait
 * for each other instead of each holding a region the other needs.
 */
export async function lockRegions(manager: EntityManager, regions: Iterable<string>): Promise<void> {
  const slugs = [...new Set(regions)].sort();
  if (slugs.length > 0) await manager.query('SELECT engagement.lock_region_rollups($1::text[])', [slugs]);
}
