// The SQL the engagement analytics run, taken from the subgraph itself
// (server/subgraphs/engagement/analytics/analytics-sql.ts), so the raw SQL, bare node:http
// and PostGraphile candidates do exactly the database work the subgraph does. With a
// region selection the regions are $1; without one there is no WHERE at all, as in the service.
// The subgraph's filter module declares GraphQL input types, which need the metadata API first.
import 'reflect-metadata';
import { analyticsStatement as engagementStatement } from '../../server/subgraphs/engagement/analytics/analytics-sql';
import { ANALYTICS_NAMES, type AnalyticsName } from '../../server/subgraphs/engagement/analytics/scoped-statement';

export type { AnalyticsName };
export const ANALYTICS: readonly AnalyticsName[] = ANALYTICS_NAMES;

type Row = Record<string, string | number | null>;

/** The statement of a view, for every region or for a selection given as $1. */
export const ANALYTICS_SQL: Record<AnalyticsName, (selected: boolean) => string> = Object.fromEntries(
  ANALYTICS_NAMES.map((name) => [name, (selected: boolean) => engagementStatement(name, selected ? { regionSlugs: [] } : {}).text]),
) as Record<AnalyticsName, (selected: boolean) => string>;

/** The statement and its parameters for one analytics view, over every region or a selection. */
export function analyticsStatement(name: AnalyticsName, regions?: readonly string[]): { text: string; values: unknown[] } {
  return engagementStatement(name, regions ? { regionSlugs: [...regions] } : {});
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
