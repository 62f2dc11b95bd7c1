import { ATTENDANCE_SUMS } from './attendance-sums';
import type { ScopedStatement, StatementName } from './scoped-statement';

// Over the per-region rollups (migration RegionRollup1764200000000): a few rows per region,
// keyed by region, format and illustrative, so they answer any scope without dates. Adding up
// their sums keeps the per-roundtable meaning: a sum is NULL only when every roundtable's
// figure is unknown, and each roundtable is counted in one row only.
export const REGION_ROLLUP_STATEMENTS: Record<StatementName, ScopedStatement> = {
  attendanceMix: {
    alias: 'a',
    sql: (filter) => `SELECT a.region_slug,
              sum(a.roundtables)::int AS roundtables,
              sum(a.unknown_attendance)::int AS unknown_attendance,
              ${ATTENDANCE_SUMS}
       FROM engagement.region_attendance_rollup a
       ${filter}
       GROUP BY a.region_slug`,
  },
  stakeholderMix: {
    alias: 'c',
    sql: (filter) => `SELECT c.region_slug, c.category_code,
              sum(c.roundtables)::int AS roundtables,
              sum(c.uncounted)::int AS uncounted,
              sum(c.participants_min)::bigint AS participants_min, sum(c.participants_max)::bigint AS participants_max
       FROM engagement.region_category_rollup c
       ${filter}
       GROUP BY c.region_slug, c.category_code
       ORDER BY c.region_slug, c.category_code`,
  },
  challengeFrequency: {
    alias: 'ch',
    sql: (filter) => `SELECT ch.region_slug, ch.challenge_code,
              sum(ch.mentions)::int AS mentions, sum(ch.roundtables)::int AS roundtables
       FROM engagement.region_challenge_rollup ch
       ${filter}
       GROUP BY ch.region_slug, ch.challenge_code
       ORDER BY ch.region_slug, ch.challenge_code`,
  },
  attendanceTotal: {
    alias: 'a',
    sql: (filter) => `SELECT COALESCE(sum(a.roundtables), 0)::int AS roundtables,
              COALESCE(sum(a.unknown_attendance), 0)::int AS unknown_attendance,
              ${ATTENDANCE_SUMS}
       FROM engagement.region_attendance_rollup a
       ${filter}`,
  },
  categoryReach: {
    alias: 'c',
    // Summed per region first, then counted: a hashed GROUP BY instead of the sort a count(DISTINCT) needs.
    sql: (filter) => `SELECT per_region.category_code,
              sum(per_region.roundtables)::int AS roundtables, count(*)::int AS regions
       FROM (SELECT c.category_code, c.region_slug, sum(c.roundtables) AS roundtables
             FROM engagement.region_category_rollup c
             ${filter}
             GROUP BY c.category_code, c.region_slug) per_region
       GROUP BY per_region.category_code
       ORDER BY per_region.category_code`,
  },
  challengeTotals: {
    alias: 'ch',
    // As categoryReach: per region first, then counted.
    sql: (filter) => `SELECT per_region.challenge_code,
              sum(per_region.mentions)::int AS mentions, sum(per_region.roundtables)::int AS roundtables,
              count(*)::int AS regions
       FROM (SELECT ch.challenge_code, ch.region_slug, sum(ch.mentions) AS mentions, sum(ch.roundtables) AS roundtables
             FROM engagement.region_challenge_rollup ch
             ${filter}
             GROUP BY ch.challenge_code, ch.region_slug) per_region
       GROUP BY per_region.challenge_code
       ORDER BY per_region.challenge_code`,
  },
  coverage: {
    alias: 'a',
    sql: (filter) => `SELECT COALESCE(sum(a.roundtables), 0)::int AS roundtables,
              COALESCE(sum(a.roundtables) FILTER (WHERE a.illustrative), 0)::int AS illustrative,
              count(DISTINCT a.region_slug)::int AS regions,
              to_char(min(a.first_date), 'YYYY-MM-DD') AS first_date, to_char(max(a.last_date), 'YYYY-MM-DD') AS last_date
       FROM engagement.region_attendance_rollup a
       ${filter}`,
  },
};
