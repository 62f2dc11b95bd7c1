import type { IndicatorInfo, IndicatorResultRow } from './indicator-types';

/** The key of the row for every region in scope together. */
export const ALL_REGIONS = '*';

export interface GridRegion {
  key: string;
  /** Null for all regions together. */
  slug: string | null;
  name: string;
}

export interface ResultsGrid<Row extends IndicatorResultRow> {
  /** All regions first, as the headline, then each region by name. */
  regions: GridRegion[];
  indicators: IndicatorInfo[];
  cell(regionKey: string, indicatorCode: string): Row | undefined;
  /** The cells in reading order (region by region, indicators in reporting order): what the downloads hold. */
  rows: Row[];
}

export const regionKey = (row: { region?: { slug: string } | null }): string => row.region?.slug ?? ALL_REGIONS;
const cellKey = (region: string, indicator: string) => `${region}\u0000${indicator}`;

/**
 * One period's results as a grid: a row per region, a column per indicator. Regions are
 * the rows because they are the many (ten, or as filtered) and indicators the few, so the
 * table grows downwards, which reads on a phone too.
 */
export function buildResultsGrid<Row extends IndicatorResultRow>(
  results: readonly Row[],
  indicators: readonly IndicatorInfo[],
  periodCode: string,
  allRegionsName: string,
  locale: string,
): ResultsGrid<Row> {
  const inPeriod = results.filter((row) => row.period.code === periodCode);
  const cells = new Map(inPeriod.map((row) => [cellKey(regionKey(row), row.indicator.code), row]));
  const named = new Map<string, string>();
  for (const row of inPeriod) if (row.region) named.set(row.region.slug, row.region.name);
  const regions: GridRegion[] = [
    ...(inPeriod.some((row) => !row.region) ? [{ key: ALL_REGIONS, slug: null, name: allRegionsName }] : []),
    ...[...named].map(([slug, name]) => ({ key: slug, slug, name })).sort((a, b) => a.name.localeCompare(b.name, locale)),
  ];
  const shownIndicators = indicators.filter((indicator) => inPeriod.some((row) => row.indicator.code === indicator.code));
  const cell = (region: string, indicator: string) => cells.get(cellKey(region, indicator));
  const rows = regions.flatMap((region) =>
    shownIndicators.flatMap((indicator) => {
      const found = cell(region.key, indicator.code);
      return found ? [found] : [];
    }),
  );
  return { regions, indicators: shownIndicators, cell, rows };
}
