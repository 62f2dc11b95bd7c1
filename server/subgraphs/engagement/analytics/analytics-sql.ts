import { type Scope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { REGION_ROLLUP_STATEMENTS } from './region-rollup-sql';
import { ROUNDTABLE_ROLLUP_STATEMENTS } from './roundtable-rollup-sql';
import type { AnalyticsName, StatementName, TotalsName } from './scoped-statement';

/** Dates need a row per roundtable; every other condition is a column of the per-region rollups. */
const statementsFor = (scope: Scope) => (scope.from || scope.to ? ROUNDTABLE_ROLLUP_STATEMENTS : REGION_ROLLUP_STATEMENTS);

function scopedStatement(name: StatementName, scope: Scope): { text: string; values: unknown[] } {
  const statement = statementsFor(scope)[name];
  const values: unknown[] = [];
  return { text: statement.sql(whereClause(scopeConditions(scope, statement.alias, values))), values };
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
