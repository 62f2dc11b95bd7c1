import type { GraphQLResponse } from '../../../server/test-support/test-system';

/**
 * Everything a viewer can read of the counts of people, asked every way the API allows: every
 * region and many sets of regions (all of them, all but one, every pair, every country, random
 * ones), every reporting period and all time, recorded facts, illustrative data and both, every
 * indicator of people and every split of it, per region and over each set. Each figure becomes a
 * cell named by what it counts; a cell asked for in two places must read the same in both.
 */

export type Range = { min: number; max: number };
export interface Cell {
  value: Range | null;
  /** The reason given, or null when the value is shown (or unknown). */
  withheld: string | null;
  /** Roundtables where the part is present, where an answer says (a lower bound for some parts). */
  present?: number;
}

export type Ask = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

export const DATASETS = { rec: false, ill: true, both: null } as const;
export type Dataset = keyof typeof DATASETS;
export const ALL = '*';

export interface Period {
  code: string;
  from?: string;
  to?: string;
}

export const cellKey = (dataset: Dataset, regions: string, period: string, part: string) => `${dataset}|${regions}|${period}|${part}`;
export const setKey = (slugs: readonly string[], every: readonly string[]) =>
  slugs.length === every.length ? ALL : [...slugs].sort().join('+');

export interface Harvest {
  cells: Map<string, Cell>;
  /** The same cell answered differently in two places: each a description. */
  disagreements: string[];
  /** How many figures were read, and how many requests it took. */
  figures: number;
  requests: number;
}

const ATTENDANCE = 'online { min max } onsite { min max } unknownMode { min max } total { min max } withheld { field reason }';
const MODE_PARTS: Record<string, string> = { online: 'ONLINE', onsite: 'ONSITE', unknownMode: 'UNKNOWN_MODE', total: 'TOTAL' };
const BREAKDOWN_PARTS: Record<string, (key: string) => string> = {
  mode: (key) => (key === 'UNKNOWN' ? 'UNKNOWN_MODE' : key),
  newcomer: (key) => key,
  gender: (key) => (key === 'FROM_PUBLICATIONS' ? key : `GENDER:${key}`),
  age: (key) => (key === 'FROM_PUBLICATIONS' ? key : `AGE:${key}`),
  category: (key) => (key === 'FROM_PUBLICATIONS' ? key : `CATEGORY:${key}`),
};
const BREAKDOWNS = `mode: breakdown(by: MODE) { key value { min max } recordCount withheld }
  newcomer: breakdown(by: NEWCOMER_STATUS) { key value { min max } recordCount withheld }
  gender: breakdown(by: GENDER) { key value { min max } recordCount withheld }
  age: breakdown(by: AGE_BAND) { key value { min max } recordCount withheld }
  category: breakdown(by: STAKEHOLDER_CATEGORY) { key value { min max } recordCount withheld }`;

type Withheld = { field: string; reason: string }[];
type AttendanceRow = Record<string, Range | null> & { withheld: Withheld };
type Part = { key: string; value: Range | null; recordCount: number | null; withheld: string | null };
type Result = {
  indicator: { code: string };
  period: { code: string };
  region: { slug: string } | null;
  value: Range | null;
  recordCount: number;
  withheld: string | null;
} & Partial<Record<keyof typeof BREAKDOWN_PARTS, Part[]>>;

export async function harvest(
  ask: Ask,
  regions: readonly string[],
  countries: Record<string, string[]>,
  sets: string[][],
  /** Approved records only: what FUNDER and PUBLIC count, asked for by a role that sees every record. */
  { approvedOnly = false }: { approvedOnly?: boolean } = {},
): Promise<Harvest> {
  const approved = approvedOnly ? { approvedOnly } : {};
  const cells = new Map<string, Cell>();
  const disagreements: string[] = [];
  let figures = 0;
  let requests = 0;
  const request = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    requests++;
    const response = await ask<T>(query, variables);
    if (response.errors) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(response.errors).slice(0, 1000)}`);
    return response.data as T;
  };
  const put = (key: string, cell: Cell) => {
    figures++;
    const seen = cells.get(key);
    if (!seen) return void cells.set(key, cell);
    if (JSON.stringify([seen.value, seen.withheld]) !== JSON.stringify([cell.value, cell.withheld])) {
      disagreements.push(`${key}: ${JSON.stringify(seen)} and ${JSON.stringify(cell)}`);
    }
    if (cell.present !== undefined) seen.present = cell.present;
  };
  const putAttendance = (dataset: Dataset, set: string, period: string, row: AttendanceRow) => {
    for (const [field, part] of Object.entries(MODE_PARTS)) {
      put(cellKey(dataset, set, period, part), {
        value: row[field] ?? null,
        withheld: row.withheld.find((entry) => entry.field === field)?.reason ?? null,
      });
    }
  };

  const { reportingPeriods } = await request<{ reportingPeriods: { code: string; start: string; end: string }[] }>(
    '{ reportingPeriods { code start end } }',
  );
  const periods: Period[] = [{ code: 'ALL' }, ...reportingPeriods.map((p) => ({ code: p.code, from: p.start, to: p.end }))];
  const every = [...regions].sort();
  const namedSets = [...sets, ...Object.values(countries)];

  for (const [dataset, illustrative] of Object.entries(DATASETS) as [Dataset, boolean | null][]) {
    for (const period of periods) {
      const filter = { from: period.from, to: period.to, illustrative, ...approved };
      // Every region, and its categories.
      const perRegion = await request<{
        attendanceMix: (AttendanceRow & { region: { slug: string } })[];
        stakeholderMix: { region: { slug: string }; category: { code: string }; participants: Range | null; withheld: Withheld }[];
        attendanceTotal: AttendanceRow;
      }>(
        `query($filter: AnalyticsFilter) {
          attendanceMix(filter: $filter) { region { slug } ${ATTENDANCE} }
          attendanceTotal(filter: $filter) { ${ATTENDANCE} }
          stakeholderMix(filter: $filter) { region { slug } category { code } participants { min max } withheld { field reason } }
        }`,
        { filter },
      );
      for (const row of perRegion.attendanceMix) putAttendance(dataset, row.region.slug, period.code, row);
      putAttendance(dataset, ALL, period.code, perRegion.attendanceTotal);
      for (const row of perRegion.stakeholderMix) {
        put(cellKey(dataset, row.region.slug, period.code, `CATEGORY:${row.category.code}`), {
          value: row.participants,
          withheld: row.withheld[0]?.reason ?? null,
        });
      }
      // Every set of regions asked for, twenty-five to a request.
      for (let start = 0; start < namedSets.length; start += 25) {
        const batch = namedSets.slice(start, start + 25);
        const fields = batch.map((_, i) => `s${i}: attendanceTotal(filter: $f${i}) { ${ATTENDANCE} }`).join('\n');
        const variables = Object.fromEntries(batch.map((set, i) => [`f${i}`, { ...filter, regions: set }]));
        const declared = batch.map((_, i) => `$f${i}: AnalyticsFilter`).join(', ');
        const answer = await request<Record<string, AttendanceRow>>(`query(${declared}) { ${fields} }`, variables);
        batch.forEach((set, i) => {
          putAttendance(dataset, setKey(set, every), period.code, answer[`s${i}`] as AttendanceRow);
        });
      }
    }
    // Indicators of people, per region and over every region or set, for each reporting period.
    const periodCodes = reportingPeriods.map((p) => p.code);
    const results = async (codes: string[], set: string[] | null, splits: string) =>
      (
        await request<{ indicatorResults: Result[] }>(
          `query($codes: [String!], $periods: [String!], $filter: AnalyticsFilter) {
            indicatorResults(codes: $codes, periods: $periods, filter: $filter, includeTotal: true) {
              indicator { code } period { code } region { slug } value { min max } recordCount withheld ${splits}
            }
          }`,
          { codes, periods: periodCodes, filter: { illustrative, regions: set, ...approved } },
        )
      ).indicatorResults;
    for (const set of [null, ...namedSets]) {
      const indicatorResults = [
        ...(await results(['PARTICIPANTS'], set, set === null ? BREAKDOWNS : '')),
        ...(await results(['NEWCOMER_PARTICIPANTS', 'ONSITE_SHARE'], set, '')),
      ];
      for (const result of indicatorResults) {
        // The row over regions is the set's; rows per region are asked once, with every region.
        if (set !== null && result.region) continue;
        const region = result.region?.slug ?? (set ? setKey(set, every) : ALL);
        const period = result.period.code;
        const part = { PARTICIPANTS: 'TOTAL', NEWCOMER_PARTICIPANTS: 'NEWCOMER', ONSITE_SHARE: 'ONSITE_SHARE' }[
          result.indicator.code
        ] as string;
        // Over no roundtable at all an indicator counts a known 0, where the analytics say null: one meaning.
        const value = result.recordCount === 0 ? null : result.value;
        put(cellKey(dataset, region, period, part), { value, withheld: result.withheld });
        for (const [split, partOf] of Object.entries(BREAKDOWN_PARTS)) {
          for (const row of result[split as keyof typeof BREAKDOWN_PARTS] ?? []) {
            put(cellKey(dataset, region, period, partOf(row.key)), {
              value: row.value,
              withheld: row.withheld,
              ...(row.recordCount !== null && { present: row.recordCount }),
            });
          }
        }
      }
    }
  }
  return { cells, disagreements, figures, requests };
}
