import type { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import { scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { scopeKey } from './indicator-question';
import { type DistinctValues, MEASURE_SQL, scopeOf } from './measure-sql';

/** A measure over a scope, counted only where `alongside` is known too (for the parts of a share). */
export interface FigureSpec {
  measure: IndicatorMeasure;
  alongside: IndicatorMeasure | null;
  scope: IndicatorScope;
}

/** Where a figure's rows go: the specs it answers, or per region for a scan grouped by region. */
type Targets = number[] | Map<string, number[]>;

/**
 * Figures read from the same rows: one table, one scope (a scan per region set apart). Each
 * figure is columns of the one pass over them, so the report's five counts of people read the
 * attendance rollup once, not five times. A distinct count is a scan of its own.
 */
interface Scan {
  spec: FigureSpec;
  perRegion: boolean;
  regions: Set<string>;
  figures: Map<string, { spec: FigureSpec; targets: Targets }>;
}

/** The figures statement: its text, and for each `figure` number it returns, the specs its rows answer. */
export interface FiguresStatement {
  text: string;
  params: unknown[];
  targets: Targets[];
}

/**
 * Every figure of `specs` in one statement, with the columns figure, region, unknown, known, min
 * and max. Figures that differ only in their one region share a scan grouped by region, so a
 * request over a thousand regions is a few scans, not thousands.
 */
export function figuresStatement(specs: readonly FigureSpec[]): FiguresStatement {
  const scans = new Map<string, Scan>();
  for (const [index, spec] of specs.entries()) {
    const { measure, alongside, scope } = spec;
    const sql = MEASURE_SQL[measure];
    const region = scope.regions?.length === 1 ? scope.regions[0] : undefined;
    // What the scan reads: the table (a distinct count alone), and the scope, but for its one region.
    const rows = scopeKey(region === undefined ? scope : { ...scope, regions: null });
    const key = JSON.stringify([sql.from, 'value' in sql.count ? measure : null, rows, region !== undefined]);
    const scan = scans.get(key) ?? { spec, perRegion: region !== undefined, regions: new Set<string>(), figures: new Map() };
    scans.set(key, scan);
    const figureKey = JSON.stringify([measure, alongside]);
    const figure = scan.figures.get(figureKey) ?? { spec, targets: region === undefined ? [] : new Map<string, number[]>() };
    scan.figures.set(figureKey, figure);
    if (region === undefined) (figure.targets as number[]).push(index);
    else {
      scan.regions.add(region);
      const byRegion = figure.targets as Map<string, number[]>;
      byRegion.set(region, [...(byRegion.get(region) ?? []), index]);
    }
  }
  const params: unknown[] = [];
  const targets: Targets[] = [];
  const branches = [...scans.values()].map((scan) => {
    const figures = [...scan.figures.values()];
    const first = targets.push(...figures.map((figure) => figure.targets)) - figures.length;
    return scanBranch(scan, first, params);
  });
  return { text: branches.join('\nUNION ALL\n'), params, targets };
}

function scanBranch(scan: Scan, first: number, params: unknown[]): string {
  const sql = MEASURE_SQL[scan.spec.measure];
  const scope = scopeOf(scan.perRegion ? { ...scan.spec.scope, regions: [...scan.regions] } : scan.spec.scope);
  const conditions = scopeConditions(scope, sql.scoped, params);
  const region = scan.perRegion ? `${sql.scoped}.region_slug` : 'NULL::text';
  const groupBy = scan.perRegion ? 'GROUP BY 1' : '';
  const { count } = sql;
  if ('value' in count) {
    // count(DISTINCT) sorts every row; a DISTINCT subquery is hashed.
    const values =
      count.fewAndIndexed && !scan.perRegion
        ? valuesFoundByProbe(sql.from, count, conditions)
        : `SELECT DISTINCT ${region} AS region, ${count.value} AS value FROM ${sql.from} ${whereClause([...conditions, count.where])}`;
    return `SELECT ${first}::int AS figure, ${scan.perRegion ? 'd.region' : 'NULL::text'} AS region, 0 AS unknown, count(*)::int AS known, count(*)::bigint AS min, count(*)::bigint AS max
            FROM (${values}) d ${scan.perRegion ? 'GROUP BY d.region' : ''}`;
  }
  const figures = [...scan.figures.values()];
  const columns = figures.map(({ spec }, number) => {
    const measure = MEASURE_SQL[spec.measure];
    // A distinct count has a scan of its own (its key names the measure): this one sums rows.
    if ('value' in measure.count) throw new Error(`${spec.measure} is a distinct count, not summed with others`);
    const known = spec.alongside ? `(${measure.known}) AND (${MEASURE_SQL[spec.alongside].known})` : measure.known;
    const { min, max } = measure.count;
    return `count(*) FILTER (WHERE NOT (${known}))::int AS unknown_${number}, count(*) FILTER (WHERE ${known})::int AS known_${number},
            (${min(known)})::bigint AS min_${number}, (${max(known)})::bigint AS max_${number}`;
  });
  const rows = figures.map((_, number) => `(${first + number}, t.unknown_${number}, t.known_${number}, t.min_${number}, t.max_${number})`);
  return `SELECT v.figure, t.region, v.unknown, v.known, v.min, v.max
          FROM (SELECT ${region} AS region, ${columns.join(', ')} FROM ${sql.from} ${whereClause(conditions)} ${groupBy}) t
          CROSS JOIN LATERAL (VALUES ${rows.join(', ')}) v(figure, unknown, known, min, max)`;
}

/**
 * The values of `count` found in scope, one index probe each. Every value there is, in scope or
 * not, is first read off the index as a loose index scan (the next value after the last, a dozen
 * lookups for a dozen values); each then counts once one row in scope has it, found through the
 * same index by value and date. At 1,000 regions this is about 2 ms for the 13 categories of the
 * report's period, where reading the 318,000 rows of that period took 116. A scope that leaves
 * out most rows by something other than their date (recorded facts only, when nearly all are
 * generated) walks the index past them: 100 ms at worst, against 60 for the read of every row.
 */
function valuesFoundByProbe(from: string, count: DistinctValues, conditions: readonly string[]): string {
  const next = (after: string) => `SELECT min(${count.value}) FROM ${from} WHERE ${count.where}${after}`;
  return `WITH RECURSIVE every_value(value) AS (
              ${next('')}
              UNION ALL
              SELECT (${next(` AND ${count.value} > v.value`)}) FROM every_value v WHERE v.value IS NOT NULL)
            SELECT NULL::text AS region, v.value FROM every_value v
            WHERE EXISTS (SELECT 1 FROM ${from} ${whereClause([`${count.value} = v.value`, ...conditions, count.where])})`;
}
