import { ATTENDANCE_SUMS } from './attendance-sums';
import type { ScopedStatement, StatementName } from './scoped-statement';

// Over the per-roundtable rollups: one row per roundtable (per category for stakeholders, per
// mention for challenges), so any scope can be answered, dates included.
export const ROUNDTABLE_ROLLUP_STATEMENTS: Record<StatementName, ScopedStatement> = {
  attendanceMix: {
    alias: 'a',
    sql: (filter) => `SELECT a.region_slug,
              count(*)::int AS roundtables,
              count(*) FILTER (WHERE a.total_min IS NULL)::int AS unknown_attendance,
              ${ATTENDANCE_SUMS}
       FROM engagement.roundtable_attendance_rollup a
       ${filter}
       GROUP BY a.region_slug`,
  },
  stakeholderMix: {
    alias: 'c',
    sql: (filter) => `SELECT c.region_slug, c.category_code,
              count(*)::int AS roundtables,
              count(*) FILTER (WHERE c.participants_min IS NULL)::int AS uncounted,
              sum(c.participants_min)::bigint AS participants_min, sum(c.participants_max)::bigint AS participants_max
       FROM engagement.roundtable_category_rollup c
       ${filter}
       GROUP BY c.region_slug, c.category_code
       ORDER BY c.region_slug, c.category_code`,
  },
  challengeFrequency: {
    alias: 'rt',
    sql: (filter) => `SELECT rt.region_slug, m.challenge_code,
              count(*)::int AS mentions, count(DISTINCT m.roundtable_id)::int AS roundtables
       FROM engagement.challenge_mention m
       JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
       ${filter}
       GROUP BY rt.region_slug, m.challenge_code
       ORDER BY rt.region_slug, m.challenge_code`,
  },
  attendanceTotal: {
    alias: 'a',
    sql: (filter) => `SELECT count(*)::int AS roundtables,
              count(*) FILTER (WHERE a.total_min IS NULL)::int AS unknown_attendance,
              ${ATTENDANCE_SUMS}
       FROM engagement.roundtable_attendance_rollup a
       ${filter}`,
  },
  categoryReach: {
    alias: 'c',
    sql: (filter) => `SELECT c.category_code,
              count(*)::int AS roundtables, count(DISTINCT c.region_slug)::int AS regions
       FROM engagement.roundtable_category_rollup c
       ${filter}
       GROUP BY c.category_code
       ORDER BY c.category_code`,
  },
  challengeTotals: {
    alias: 'rt',
    sql: (filter) => `SELECT m.challenge_code,
              count(*)::int AS mentions, count(DISTINCT m.roundtable_id)::int AS roundtables,
              count(DISTINCT rt.region_slug)::int AS regions
       FROM engagement.challenge_mention m
       JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
       ${filter}
       GROUP BY m.challenge_code
       ORDER BY m.challenge_code`,
  },
  coverage: {
    alias: 'a',
    sql: (filter) => `SELECT count(*)::int AS roundtables, count(*) FILTER (WHERE a.illustrative)::int AS illustrative,
              count(DISTINCT a.region_slug)::int AS regions,
              to_char(min(a.date), 'YYYY-MM-DD') AS first_date, to_char(max(a.date), 'YYYY-MM-DD') AS last_date
       FROM engagement.roundtable_attendance_rollup a
       ${filter}`,
  },
};
