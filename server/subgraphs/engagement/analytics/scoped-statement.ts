export type AnalyticsName = 'attendanceMix' | 'stakeholderMix' | 'challengeFrequency';
export const ANALYTICS_NAMES: readonly AnalyticsName[] = ['attendanceMix', 'stakeholderMix', 'challengeFrequency'];

/** The views summed over every region in scope, one row per category or challenge. */
export type TotalsName = 'attendanceTotal' | 'categoryReach' | 'challengeTotals';

/** Every statement the analytics run: the three views, their totals over regions, and the coverage of a scope. */
export type StatementName = AnalyticsName | TotalsName | 'coverage';

/**
 * One statement over a table aliased `alias`; `filter` is the WHERE clause of the scope,
 * written with only the conditions in use so each query gets a plan for what it asks.
 */
export interface ScopedStatement {
  alias: string;
  sql: (filter: string) => string;
}
