import { IndicatorMeasure, PEOPLE_MEASURES } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import type { Scope } from '../../../contract/regions/analytics-filter';

export const ATTENDANCE = 'engagement.roundtable_attendance_rollup a';
export const CATEGORIES = 'engagement.roundtable_category_rollup c';
export const PROFILES = 'engagement.roundtable_profile_rollup p';

/** A category counts as present when someone of it may have come, counted or not. */
const presentIn = (alias: string) => `(${alias}.participants_max > 0 OR ${alias}.participants_max IS NULL)`;

/** How one measure is counted in SQL over the rows of one scope. */
export interface MeasureSql {
  /** The FROM clause; `scoped` is its alias with region_slug, date, format and illustrative. */
  from: string;
  scoped: string;
  /** A row condition: the roundtable's figure is known. Measures that are exact are always known. */
  known: string;
  /** How the figure is counted over the rows in scope. */
  count: RowAggregates | DistinctValues;
  /** The roundtables a result lists as what it counts: a condition on `rt`, a roundtable in scope. */
  contributes: string;
  /** Counts of people only: one roundtable's figure, from its attendance rollup row `a`. */
  row?: { min: string; max: string };
}

/** Aggregates of the figure over the rows where `counted` holds. */
export interface RowAggregates {
  min(counted: string): string;
  max(counted: string): string;
}

/**
 * The number of distinct values of `value` over the rows where `where` holds: always exact. It is
 * counted over a DISTINCT subquery, which PostgreSQL hashes; count(DISTINCT) sorts every row
 * instead: over the 318,000 category rows of 1,000 regions, 110 ms against 53.
 */
export interface DistinctValues {
  value: string;
  where: string;
  /**
   * The values are few and lead an index of the rows where `where` holds, date next. A scope not
   * split by region is then counted value by value: each value is looked up in that index until a
   * row in scope turns up, instead of reading every row of the scope (figure-scans.ts).
   */
  fewAndIndexed?: boolean;
}

const people = (min: string, max: string, known: string): MeasureSql => ({
  from: ATTENDANCE,
  scoped: 'a',
  known,
  row: { min, max },
  count: { min: (counted) => `sum(${min}) FILTER (WHERE ${counted})`, max: (counted) => `sum(${max}) FILTER (WHERE ${counted})` },
  // Every roundtable in scope, those whose figure is unknown included, as recordCount counts them.
  contributes: 'true',
});

const exact = (from: string, scoped: string, count: string | DistinctValues, contributes: string): MeasureSql => ({
  from,
  scoped,
  known: 'true',
  count: typeof count === 'string' ? { min: () => count, max: () => count } : count,
  contributes,
});

/** The roundtable `rt` has a row in `table` (aliased x) for which `condition` holds. */
const hasRow = (table: string, condition = 'true') => `EXISTS (SELECT 1 FROM ${table} x WHERE x.roundtable_id = rt.id AND ${condition})`;

export const MEASURE_SQL: Readonly<Record<IndicatorMeasure, MeasureSql>> = {
  // The attendance rollup has one row per roundtable, whatever is known of it.
  [IndicatorMeasure.ROUNDTABLES]: exact(ATTENDANCE, 'a', 'count(*)', 'true'),
  [IndicatorMeasure.PARTICIPANTS]: people('a.total_min', 'a.total_max', 'a.total_min IS NOT NULL'),
  [IndicatorMeasure.NEWCOMER_PARTICIPANTS]: people('a.newcomers_min', 'a.newcomers_max', 'a.newcomers_min IS NOT NULL'),
  [IndicatorMeasure.ONSITE_PARTICIPANTS]: people('a.onsite_min', 'a.onsite_max', 'a.onsite_min IS NOT NULL'),
  [IndicatorMeasure.KNOWN_MODE_PARTICIPANTS]: people(
    'a.online_min + a.onsite_min',
    'a.online_max + a.onsite_max',
    'a.online_min IS NOT NULL AND a.onsite_min IS NOT NULL',
  ),
  [IndicatorMeasure.CATEGORIES_REPRESENTED]: exact(
    CATEGORIES,
    'c',
    // A dozen categories, indexed by category_rollup_present_idx.
    { value: 'c.category_code', where: presentIn('c'), fewAndIndexed: true },
    hasRow('engagement.roundtable_category_rollup', presentIn('x')),
  ),
  [IndicatorMeasure.ORGANISATIONS_ENGAGED]: exact(
    'engagement.roundtable_organiser o JOIN engagement.roundtable r ON r.id = o.roundtable_id',
    'r',
    { value: 'o.organisation_slug', where: 'true' },
    hasRow('engagement.roundtable_organiser'),
  ),
  [IndicatorMeasure.CHALLENGE_MENTIONS]: exact(
    'engagement.challenge_mention m JOIN engagement.roundtable r ON r.id = m.roundtable_id',
    'r',
    'count(*)',
    hasRow('engagement.challenge_mention'),
  ),
};

/**
 * The measure a share's part must also be known for. Two counts of people are both read from
 * the attendance rollup, and only over the roundtables where both are known does their ratio
 * compare like with like (newcomers are known from participant records only, totals more often).
 */
export function countedAlongside(measure: IndicatorMeasure, other: IndicatorMeasure | null): IndicatorMeasure | null {
  return other && other !== measure && PEOPLE_MEASURES.has(measure) && PEOPLE_MEASURES.has(other) ? other : null;
}

/** What scopeConditions filters on; a null in the scope means "any". */
export function scopeOf(scope: IndicatorScope): Scope {
  return {
    regionSlugs: scope.regions ?? undefined,
    from: scope.from,
    to: scope.to,
    formats: scope.formats ?? undefined,
    illustrative: scope.illustrative ?? undefined,
    approvedOnly: scope.approvedOnly || undefined,
  };
}
