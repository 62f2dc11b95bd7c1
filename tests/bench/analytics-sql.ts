// The SQL the engagement analytics run (server/subgraphs/engagement/analytics/analytics.service.ts,
// with the WHERE of server/core/regions/analytics-filter.ts for a region selection), so the raw
// SQL, bare node:http and PostGraphile candidates do exactly the database work the subgraph does.
// `regions` is $1 when a selection is asked for; without one there is no WHERE at all, as in the
// service, so each statement gets a plan for what it asks.

export type AnalyticsName = 'attendanceMix' | 'stakeholderMix' | 'challengeFrequency';
export const ANALYTICS: readonly AnalyticsName[] = ['attendanceMix', 'stakeholderMix', 'challengeFrequency'];

type Row = Record<string, string | number | null>;

const whereRegions = (alias: string, selected: boolean) => (selected ? `WHERE ${alias}.region_slug = ANY($1::text[])` : '');

export const ANALYTICS_SQL: Record<AnalyticsName, (selected: boolean) => string> = {
  attendanceMix: (selected) => `SELECT a.region_slug,
              count(*)::int AS roundtables,
              count(*) FILTER (WHERE a.total_min IS NULL)::int AS unknown_attendance,
              sum(a.online_min)::int AS online_min, sum(a.online_max)::int AS online_max,
              sum(a.onsite_min)::int AS onsite_min, sum(a.onsite_max)::int AS onsite_max,
              sum(a.unknown_mode_min)::int AS unknown_mode_min, sum(a.unknown_mode_max)::int AS unknown_mode_max,
              sum(a.total_min)::int AS total_min, sum(a.total_max)::int AS total_max
       FROM engagement.roundtable_attendance_rollup a
       ${whereRegions('a', selected)}
       GROUP BY a.region_slug`,
  stakeholderMix: (selected) => `SELECT c.region_slug, c.category_code,
              count(*)::int AS roundtables,
              count(*) FILTER (WHERE c.participants_min IS NULL)::int AS uncounted,
              sum(c.participants_min)::int AS participants_min, sum(c.participants_max)::int AS participants_max
       FROM engagement.roundtable_category_rollup c
       ${whereRegions('c', selected)}
       GROUP BY c.region_slug, c.category_code
       ORDER BY c.region_slug, c.category_code`,
  challengeFrequency: (selected) => `SELECT rt.region_slug, m.challenge_code,
              count(*)::int AS mentions, count(DISTINCT m.roundtable_id)::int AS roundtables
       FROM engagement.challenge_mention m
       JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
       ${whereRegions('rt', selected)}
       GROUP BY rt.region_slug, m.challenge_code
       ORDER BY rt.region_slug, m.challenge_code`,
};

/** The statement and its parameters for one analytics view, over every region or a selection. */
export function analyticsStatement(name: AnalyticsName, regions?: readonly string[]): { text: string; values: unknown[] } {
  return { text: ANALYTICS_SQL[name](Boolean(regions)), values: regions ? [regions] : [] };
}

const range = (min: unknown, max: unknown) =>
  min === null || min === undefined || max === null || max === undefined ? null : { min: Number(min), max: Number(max) };

/**
 * SQL rows in the shape of the GraphQL answer's `data` as asked by the harness (codes and
 * numbers only, no suppression: an ANALYST sees everything), so every candidate is normalised alike.
 */
export function shapeAnalytics(name: AnalyticsName, rows: Row[]): Record<string, unknown[]> {
  switch (name) {
    case 'attendanceMix':
      return {
        attendanceMix: rows.map((row) => ({
          region: { slug: row.region_slug },
          roundtables: Number(row.roundtables),
          roundtablesUnknownAttendance: Number(row.unknown_attendance),
          online: range(row.online_min, row.online_max),
          onsite: range(row.onsite_min, row.onsite_max),
          unknownMode: range(row.unknown_mode_min, row.unknown_mode_max),
          total: range(row.total_min, row.total_max),
        })),
      };
    case 'stakeholderMix':
      return {
        stakeholderMix: rows.map((row) => ({
          region: { slug: row.region_slug },
          category: { code: row.category_code },
          roundtables: Number(row.roundtables),
          roundtablesUncounted: Number(row.uncounted),
          participants: range(row.participants_min, row.participants_max),
        })),
      };
    case 'challengeFrequency':
      return {
        challengeFrequency: rows.map((row) => ({
          region: { slug: row.region_slug },
          challenge: { code: row.challenge_code },
          mentions: Number(row.mentions),
          roundtables: Number(row.roundtables),
        })),
      };
  }
}
