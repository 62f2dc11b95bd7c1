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

/** A roundtable the transaction created, which no region's sums counted before it. */
export interface AddedRoundtable {
  id: string;
  regionSlug: string;
}

/** A sum plus a sum, unknown only where both are: what sum() over both sets of rows gives. */
const plus = (column: string) => `${column} = COALESCE(r.${column} + EXCLUDED.${column}, r.${column}, EXCLUDED.${column})`;
const count = (column: string) => `${column} = r.${column} + EXCLUDED.${column}`;

// The sums of the added roundtables alone, added to their regions' rows (or new rows): the
// per-region GROUP BY of the refresh functions, over the new rows only.
const ADD_ATTENDANCE = `
INSERT INTO engagement.region_attendance_rollup AS r (region_slug, format, illustrative, approved, roundtables, unknown_attendance,
  online_min, online_max, onsite_min, onsite_max, unknown_mode_min, unknown_mode_max, total_min, total_max, first_date, last_date)
SELECT a.region_slug, a.format, a.illustrative, a.approved, count(*), count(*) FILTER (WHERE a.total_min IS NULL),
       sum(a.online_min), sum(a.online_max), sum(a.onsite_min), sum(a.onsite_max),
       sum(a.unknown_mode_min), sum(a.unknown_mode_max), sum(a.total_min), sum(a.total_max), min(a.date), max(a.date)
FROM engagement.roundtable_attendance_rollup a
WHERE a.roundtable_id = ANY($1::uuid[])
GROUP BY a.region_slug, a.format, a.illustrative, a.approved
ON CONFLICT (region_slug, format, illustrative, approved) DO UPDATE SET
  ${count('roundtables')}, ${count('unknown_attendance')},
  ${['online', 'onsite', 'unknown_mode', 'total'].flatMap((part) => [plus(`${part}_min`), plus(`${part}_max`)]).join(', ')},
  first_date = LEAST(r.first_date, EXCLUDED.first_date), last_date = GREATEST(r.last_date, EXCLUDED.last_date)`;

const ADD_CATEGORIES = `
INSERT INTO engagement.region_category_rollup AS r (region_slug, category_code, format, illustrative, approved, roundtables, uncounted,
  participants_min, participants_max)
SELECT c.region_slug, c.category_code, c.format, c.illustrative, c.approved, count(*), count(*) FILTER (WHERE c.participants_min IS NULL),
       sum(c.participants_min), sum(c.participants_max)
FROM engagement.roundtable_category_rollup c
WHERE c.roundtable_id = ANY($1::uuid[])
GROUP BY c.region_slug, c.category_code, c.format, c.illustrative, c.approved
ON CONFLICT (region_slug, category_code, format, illustrative, approved) DO UPDATE SET
  ${count('roundtables')}, ${count('uncounted')}, ${plus('participants_min')}, ${plus('participants_max')}`;

// A new roundtable's mentions are of no roundtable counted before, so the distinct roundtables add too.
const ADD_CHALLENGES = `
INSERT INTO engagement.region_challenge_rollup AS r (region_slug, challenge_code, format, illustrative, approved, mentions, roundtables)
SELECT rt.region_slug, m.challenge_code, rt.format, rt.illustrative, rt.approved, count(*), count(DISTINCT m.roundtable_id)
FROM engagement.challenge_mention m
JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
WHERE m.roundtable_id = ANY($1::uuid[])
GROUP BY rt.region_slug, m.challenge_code, rt.format, rt.illustrative, rt.approved
ON CONFLICT (region_slug, challenge_code, format, illustrative, approved) DO UPDATE SET
  ${count('mentions')}, ${count('roundtables')}`;

/**
 * Brings each region's sums up to date, as the triggers would have, and moves their data
 * version on; the triggers follow every statement again from here. `recompute`: the regions
 * whose roundtables the transaction changed, grouped again from all their rows. `added`:
 * roundtables it created in other regions, whose sums only grow by them: added, which at 1,000
 * regions is a few thousand rows where grouping every region again reads hundreds of thousands.
 * The regions of both were locked at the transaction's start (lockRegions).
 */
export async function refreshRegionRollups(
  manager: EntityManager,
  written: { recompute: Iterable<string>; added?: readonly AddedRoundtable[] },
): Promise<void> {
  await manager.query("SELECT set_config('engagement.region_rollups', '', true)");
  const recomputing = new Set(written.recompute);
  const recomputed = [...recomputing].sort();
  const added = (written.added ?? []).filter((roundtable) => !recomputing.has(roundtable.regionSlug));
  if (added.length > 0) {
    const ids = added.map((roundtable) => roundtable.id);
    for (const statement of [ADD_ATTENDANCE, ADD_CATEGORIES, ADD_CHALLENGES]) await manager.query(statement, [ids]);
  }
  const regions = [...new Set([...recomputed, ...added.map((roundtable) => roundtable.regionSlug)])].sort();
  if (regions.length === 0) return;
  await manager.query(
    `SELECT engagement.refresh_region_attendance_rollup($1::text[]), engagement.refresh_region_category_rollup($1::text[]),
            engagement.refresh_region_challenge_rollup($1::text[]), engagement.bump_region_data_versions($2::text[])`,
    [recomputed, regions],
  );
}
