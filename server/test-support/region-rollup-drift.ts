// What each per-region rollup should hold, grouped afresh from the per-roundtable rows, set
// against what it holds. EXCEPT counts two NULLs as equal, as a rollup's unknown sums are.
const EXPECTED_AND_STORED = [
  {
    rollup: 'attendance',
    expected: `SELECT region_slug, format, illustrative, approved, count(*)::int, count(*) FILTER (WHERE total_min IS NULL)::int,
                      sum(online_min)::bigint, sum(online_max)::bigint, sum(onsite_min)::bigint, sum(onsite_max)::bigint,
                      sum(unknown_mode_min)::bigint, sum(unknown_mode_max)::bigint, sum(total_min)::bigint, sum(total_max)::bigint, min(date), max(date)
               FROM engagement.roundtable_attendance_rollup GROUP BY region_slug, format, illustrative, approved`,
    stored: `SELECT region_slug, format, illustrative, approved, roundtables, unknown_attendance, online_min, online_max, onsite_min, onsite_max,
                    unknown_mode_min, unknown_mode_max, total_min, total_max, first_date, last_date
             FROM engagement.region_attendance_rollup`,
  },
  {
    rollup: 'category',
    expected: `SELECT region_slug, category_code, format, illustrative, approved, count(*)::int, count(*) FILTER (WHERE participants_min IS NULL)::int,
                      sum(participants_min)::bigint, sum(participants_max)::bigint
               FROM engagement.roundtable_category_rollup GROUP BY region_slug, category_code, format, illustrative, approved`,
    stored: `SELECT region_slug, category_code, format, illustrative, approved, roundtables, uncounted, participants_min, participants_max
             FROM engagement.region_category_rollup`,
  },
  {
    rollup: 'challenge',
    expected: `SELECT rt.region_slug, m.challenge_code, rt.format, rt.illustrative, rt.approved, count(*)::int, count(DISTINCT m.roundtable_id)::int
               FROM engagement.challenge_mention m JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
               GROUP BY rt.region_slug, m.challenge_code, rt.format, rt.illustrative, rt.approved`,
    stored: `SELECT region_slug, challenge_code, format, illustrative, approved, mentions, roundtables
             FROM engagement.region_challenge_rollup`,
  },
];

const DRIFT = EXPECTED_AND_STORED.map(
  ({ rollup, expected, stored }) => `
  SELECT '${rollup}' AS rollup, 'missing' AS problem, to_jsonb(row) AS row FROM (${expected} EXCEPT ${stored}) row
  UNION ALL
  SELECT '${rollup}', 'stale', to_jsonb(row) FROM (${stored} EXCEPT ${expected}) row`,
).join('\nUNION ALL');

/**
 * Every row where a per-region rollup differs from the per-roundtable rows it sums: a row it
 * lacks or gets wrong ("missing"), or one it should no longer hold ("stale"). Empty when current.
 */
export function regionRollupDrift(db: {
  query(sql: string): Promise<unknown>;
}): Promise<{ rollup: string; problem: string; row: object }[]> {
  return db.query(DRIFT) as Promise<{ rollup: string; problem: string; row: object }[]>;
}
