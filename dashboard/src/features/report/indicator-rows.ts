/** The minimum of an indicator result needed to place it in the table. */
export interface PlacedResult {
  indicator: { code: string };
  region?: { slug: string; name: string } | null;
}

export interface IndicatorGroup<Indicator, Result> {
  indicator: Indicator;
  /** All regions together first, then each region shown, by name. */
  rows: Result[];
}

/**
 * The indicator table's rows: one group per indicator in reporting order, each with the
 * all-regions result and the results of the regions shown. Regions that held no roundtable
 * are left out (the summary names them), so a page of zeros does not hide the figures.
 */
export function indicatorGroups<Indicator extends { code: string }, Result extends PlacedResult>(
  indicators: readonly Indicator[],
  results: readonly Result[],
  shownRegions: ReadonlySet<string>,
  locale: string,
): IndicatorGroup<Indicator, Result>[] {
  return indicators
    .map((indicator) => {
      const own = results.filter((result) => result.indicator.code === indicator.code);
      const total = own.filter((result) => !result.region);
      const regions = own
        .filter((result) => result.region && shownRegions.has(result.region.slug))
        .sort((a, b) => (a.region?.name ?? '').localeCompare(b.region?.name ?? '', locale));
      return { indicator, rows: [...total, ...regions] };
    })
    .filter((group) => group.rows.length > 0);
}
