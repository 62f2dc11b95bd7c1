import { type Scope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { REGION_ROLLUP_STATEMENTS } from './region-rollup-sql';
import { ROUNDTABLE_ROLLUP_STATEMENTS } from './roundtable-rollup-sql';
import type { AnalyticsName, StatementName, TotalsName } from './scoped-statement';

/**
 * The statement of `name` over a scope. The per-region rollups answer any scope without dates;
 * dates need a row per roundtable, unless they hold every roundtable the rest of the scope
 * selects (a report of the whole project, of every period so far), which the region rollups'
 * first and last dates tell at the cost of reading them. Both are in the statement, and the
 * one that does not apply is never run (a one-time filter on that test).
 */
function scopedStatement(name: StatementName, scope: Scope): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const byRegion = REGION_ROLLUP_STATEMENTS[name];
  const undated: Scope = { ...scope, from: undefined, to: undefined };
  const regionText = byRegion.sql(whereClause(scopeConditions(undated, byRegion.alias, values)));
  if (!scope.from && !scope.to) return { text: regionText, values };
  const byRoundtable = ROUNDTABLE_ROLLUP_STATEMENTS[name];
  const roundtableText = byRoundtable.sql(whereClause(scopeConditions(scope, byRoundtable.alias, values)));
  const within = [
    ...(scope.from ? [`w.first_date >= $${values.push(scope.from)}::date`] : []),
    ...(scope.to ? [`w.last_date <= $${values.push(scope.to)}::date`] : []),
  ].join(' AND ');
  const datesHoldAll = `(SELECT COALESCE(bool_and(${within}), true) FROM engagement.region_attendance_rollup w
    ${whereClause(scopeConditions(undated, 'w', values))})`;
  return {
    text: `SELECT * FROM (${regionText}) by_region WHERE ${datesHoldAll}
UNION ALL
SELECT * FROM (${roundtableText}) by_roundtable WHERE NOT ${datesHoldAll}`,
    values,
  };
}

/**
 * The statement of one analytics view over a scope, with its parameters. The service runs
 * it; the benchmark's raw-SQL, bare node and PostGraphile candidates run the same text, so
 * they do exactly the database work the subgraph does.
 */
export const analyticsStatement = (name: AnalyticsName, scope: Scope) => scopedStatement(name, scope);

/** A view summed over every region of a scope. */
export const totalsStatement = (name: TotalsName, scope: Scope) => scopedStatement(name, scope);

/** How many roundtables, regions and days a scope covers: one row. */
export const coverageStatement = (scope: Scope) => scopedStatement('coverage', scope);
