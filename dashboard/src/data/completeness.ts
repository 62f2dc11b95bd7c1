/** The figures of one region in one reporting period, as the completeness query gives them. */
export interface CompletenessFigures {
  regionSlug: string;
  periodCode: string;
  region?: { name: string } | null;
}

/** One region's row of the heat table: its cells by period code. */
export interface RegionCompleteness<Cell extends CompletenessFigures> {
  slug: string;
  name: string;
  cells: ReadonlyMap<string, Cell>;
}

/** The API's rows (region by region, each in every period) as one row per region, in the API's order. */
export function byRegion<Cell extends CompletenessFigures>(rows: readonly Cell[]): RegionCompleteness<Cell>[] {
  const regions = new Map<string, { slug: string; name: string; cells: Map<string, Cell> }>();
  for (const row of rows) {
    let region = regions.get(row.regionSlug);
    if (!region) {
      region = { slug: row.regionSlug, name: row.region?.name ?? row.regionSlug, cells: new Map() };
      regions.set(row.regionSlug, region);
    }
    region.cells.set(row.periodCode, row);
  }
  return [...regions.values()];
}

/** Where a reporting rate falls on the colour scale: 0 below a quarter, … 4 at or above what was expected. */
export type RateStep = 0 | 1 | 2 | 3 | 4;

/** The step of a rate, or null when it is unknown (nothing expected): an unknown rate gets no colour at all. */
export function rateStep(rate: number | null | undefined): RateStep | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  if (rate >= 1) return 4;
  return Math.max(0, Math.floor(rate * 4)) as RateStep;
}

/** The sort keys of the heat table: the region, or a measure in one period ("RECORDED:2021"). */
export type CompletenessMeasure = 'RECORDED' | 'APPROVED' | 'ON_TIME_RATE';
export type CompletenessSortKey = 'REGION' | `${CompletenessMeasure}:${string}`;

/** The API's order for a sort key of the table. */
export function completenessOrder(
  key: CompletenessSortKey,
  direction: 'ASC' | 'DESC',
): { field: 'REGION' | CompletenessMeasure; direction: 'ASC' | 'DESC'; period?: string } {
  if (key === 'REGION') return { field: 'REGION', direction };
  const at = key.indexOf(':');
  return { field: key.slice(0, at) as CompletenessMeasure, direction, period: key.slice(at + 1) };
}
