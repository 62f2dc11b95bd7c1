import { ALL, type Ask, type Cell, cellKey, DATASETS, type Dataset, type Harvest, type Range, setKey } from './harvest';

/**
 * What the rankings add to a harvest (harvest.ts): every attendance and stakeholder ranking,
 * by every measure of people and of roundtables, in both directions, at every limit. A shown
 * region's figures are cells of that region, which must read as elsewhere; "others" is a cell
 * of the set of regions not shown, known to the attacker as every region less those shown,
 * which the attacks then combine with everything else. Each ranking's order is kept too, to
 * check that it follows from published figures alone.
 */

const ATTENDANCE = 'online { min max } onsite { min max } unknownMode { min max } total { min max } withheld { field reason }';
const MODE_PARTS: Record<string, string> = { online: 'ONLINE', onsite: 'ONSITE', unknownMode: 'UNKNOWN_MODE', total: 'TOTAL' };
export const ATTENDANCE_ORDERS = [
  ['TOTAL', 'DESC'],
  ['TOTAL', 'ASC'],
  ['ONLINE', 'DESC'],
  ['ONSITE', 'ASC'],
  ['UNKNOWN_MODE', 'DESC'],
  ['ROUNDTABLES', 'DESC'],
] as const;

type Withheld = { field: string; reason: string }[];
type Figures = Record<string, Range | null> & { withheld: Withheld };
type AttendanceRanking = { regions: (Figures & { region: { slug: string } })[]; others: Figures & { regionCount: number } };
type StakeholderRanking = {
  regions: { slug: string }[];
  rows: { region: { slug: string }; category: { code: string }; participants: Range | null; withheld: Withheld }[];
  othersRegionCount: number;
  others: { category: { code: string }; participants: Range | null; withheld: Withheld }[];
};

/** One ranking's shown regions, in order, with what it was ordered by. */
export interface Ordering {
  dataset: Dataset;
  period: string;
  /** The part of people it is ordered by (TOTAL, CATEGORY:NGO...), or null for roundtables. */
  part: string | null;
  direction: 'ASC' | 'DESC';
  shown: string[];
}

export async function harvestRankings(
  ask: Ask,
  regions: readonly string[],
  periods: readonly { code: string; from?: string; to?: string }[],
  categories: readonly string[],
  into: Harvest,
): Promise<{ orderings: Ordering[]; sets: Set<string> }> {
  const every = [...regions].sort();
  const orderings: Ordering[] = [];
  const sets = new Set<string>();
  const put = (key: string, cell: Cell) => {
    into.figures++;
    const seen = into.cells.get(key);
    if (!seen) return void into.cells.set(key, cell);
    if (JSON.stringify([seen.value, seen.withheld]) !== JSON.stringify([cell.value, cell.withheld])) {
      into.disagreements.push(`${key}: ${JSON.stringify(seen)} and ranking's ${JSON.stringify(cell)}`);
    }
  };
  const putFigures = (dataset: Dataset, set: string, period: string, row: Figures) => {
    for (const [field, part] of Object.entries(MODE_PARTS)) {
      put(cellKey(dataset, set, period, part), {
        value: row[field] ?? null,
        withheld: row.withheld.find((entry) => entry.field === field)?.reason ?? null,
      });
    }
  };
  const limits = every.map((_, i) => i + 1);
  const stakeholderOrders: [string, string | null, 'ASC' | 'DESC'][] = [
    ['PARTICIPANTS', null, 'DESC'],
    ['ROUNDTABLES', null, 'DESC'],
    ...categories.flatMap((code): [string, string, 'ASC' | 'DESC'][] => [
      ['PARTICIPANTS', code, 'DESC'],
      ['PARTICIPANTS', code, 'ASC'],
    ]),
  ];

  for (const [dataset, illustrative] of Object.entries(DATASETS) as [Dataset, boolean | null][]) {
    for (const period of periods) {
      const filter = { from: period.from, to: period.to, illustrative };
      for (const [by, direction] of ATTENDANCE_ORDERS) {
        const fields = limits.map(
          (limit) => `l${limit}: attendanceRanking(filter: $filter, orderBy: { by: ${by}, direction: ${direction} }, limit: ${limit}) {
            regions { region { slug } ${ATTENDANCE} } others { regionCount ${ATTENDANCE} } }`,
        );
        const answer = await ask<Record<string, AttendanceRanking>>(`query($filter: AnalyticsFilter) { ${fields.join('\n')} }`, { filter });
        if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 1000));
        into.requests++;
        for (const limit of limits) {
          const ranking = answer.data?.[`l${limit}`] as AttendanceRanking;
          const shown = ranking.regions.map((row) => row.region.slug);
          for (const row of ranking.regions) putFigures(dataset, row.region.slug, period.code, row);
          const rest = every.filter((slug) => !shown.includes(slug));
          if (rest.length > 0) {
            const key = setKey(rest, every);
            if (key.includes('+')) sets.add(key);
            putFigures(dataset, key, period.code, ranking.others);
          }
          if (limit === every.length) {
            orderings.push({ dataset, period: period.code, part: by === 'ROUNDTABLES' ? null : by, direction, shown });
          }
        }
      }
      for (const [by, category, direction] of stakeholderOrders) {
        const order = `{ by: ${by}, direction: ${direction}${category ? `, category: "${category}"` : ''} }`;
        const fields = limits.map(
          (limit) => `l${limit}: stakeholderRanking(filter: $filter, orderBy: ${order}, limit: ${limit}) {
            regions { slug } rows { region { slug } category { code } participants { min max } withheld { field reason } }
            othersRegionCount others { category { code } participants { min max } withheld { field reason } } }`,
        );
        const answer = await ask<Record<string, StakeholderRanking>>(`query($filter: AnalyticsFilter) { ${fields.join('\n')} }`, {
          filter,
        });
        if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 1000));
        into.requests++;
        for (const limit of limits) {
          const ranking = answer.data?.[`l${limit}`] as StakeholderRanking;
          const shown = ranking.regions.map((region) => region.slug);
          for (const row of ranking.rows) {
            put(cellKey(dataset, row.region.slug, period.code, `CATEGORY:${row.category.code}`), {
              value: row.participants,
              withheld: row.withheld[0]?.reason ?? null,
            });
          }
          const rest = every.filter((slug) => !shown.includes(slug));
          if (rest.length === 0) continue;
          const key = setKey(rest, every);
          if (key.includes('+')) sets.add(key);
          for (const row of ranking.others) {
            put(cellKey(dataset, key, period.code, `CATEGORY:${row.category.code}`), {
              value: row.participants,
              withheld: row.withheld[0]?.reason ?? null,
            });
          }
          if (limit === every.length && by === 'PARTICIPANTS' && category) {
            orderings.push({ dataset, period: period.code, part: `CATEGORY:${category}`, direction, shown });
          }
        }
      }
    }
  }
  return { orderings, sets };
}

/** A set's recorded figure is its regions' figures added up: unknown only when every one is. */
export function recordedSet(recorded: Map<string, Cell>, dataset: Dataset, set: string, period: string, part: string): Cell {
  const members = set === ALL ? [] : set.split('+');
  const known = members.flatMap((slug) => {
    const value = recorded.get(cellKey(dataset, slug, period, part))?.value;
    return value ? [value] : [];
  });
  if (known.length === 0) return { value: null, withheld: null };
  return { value: { min: known.reduce((s, v) => s + v.min, 0), max: known.reduce((s, v) => s + v.max, 0) }, withheld: null };
}
