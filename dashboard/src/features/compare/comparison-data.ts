import type { ComparisonCharts_QueryFragment as ComparisonData } from '../../__generated__/graphql';
import type { AttendanceFigures } from '../../data/attendance';
import { buildMatrix, type Matrix, type RegionAxis } from '../../data/matrix';
import { withheldReason } from '../../data/withholding';

// Beyond this many regions side by side, bars and columns stop being readable.
export const MAX_REGIONS = 12;
// Grouped bars read well for a few regions; past that, a region × category grid does.
export const MAX_GROUPED_BARS = 4;

/**
 * The regions a comparison asks the figures of: the chosen ones when they fit side by side;
 * otherwise those a ranking by roundtables put first (asked for MAX_REGIONS of them), without
 * those that held none unless regions were chosen; undefined while the ranking is awaited.
 */
export function comparedRegions(
  chosen: readonly string[],
  ranked: readonly { region: { slug: string }; roundtables: number }[] | undefined,
): string[] | undefined {
  if (chosenFit(chosen)) return [...chosen];
  return ranked?.filter((row) => chosen.length > 0 || row.roundtables > 0).map((row) => row.region.slug);
}

/** As many regions chosen as fit side by side: asked for at once, with no ranking first. */
export const chosenFit = (chosen: readonly string[]) => chosen.length > 0 && chosen.length <= MAX_REGIONS;

export interface Comparison {
  /** Regions that could be compared, before the MAX_REGIONS cut. */
  chosenCount: number;
  regionAxis: RegionAxis[];
  attendance: AttendanceFigures[];
  categories: Matrix;
  challenges: Matrix;
  categoryRows: ComparisonData['stakeholderMix'];
  challengeRows: ComparisonData['challengeFrequency'];
  illustrative: boolean;
}

/**
 * The regions to compare and the charts' data. Regions chosen in the filters are all kept;
 * otherwise those with roundtables, the busiest first, up to MAX_REGIONS, shown by name.
 */
export function shapeComparison(data: ComparisonData, regionsChosen: boolean, locale: string): Comparison {
  const mix = data.attendanceMix;
  const chosen = regionsChosen ? mix : [...mix].filter((row) => row.roundtables > 0).sort((a, b) => b.roundtables - a.roundtables);
  const shown = chosen.slice(0, MAX_REGIONS).sort((a, b) => a.region.name.localeCompare(b.region.name, locale));
  const shownSlugs = new Set(shown.map((row) => row.region.slug));
  const regionAxis = shown.map((row) => ({ key: row.region.slug, label: row.region.name, roundtables: row.roundtables }));
  const attendance: AttendanceFigures[] = shown.map((row) => ({ key: row.region.slug, label: row.region.name, ...row }));
  const categoryRows = data.stakeholderMix.filter((row) => shownSlugs.has(row.region.slug));
  const challengeRows = data.challengeFrequency.filter((row) => shownSlugs.has(row.region.slug));

  const categories = buildMatrix(
    regionAxis,
    data.stakeholderMix.map((row) => ({ key: row.category.code, label: row.category.label, position: row.category.position })),
    categoryRows.map((row) => ({
      region: row.region.slug,
      item: row.category.code,
      value: row.roundtables,
      participants: row.participants,
      participantsWithheld: withheldReason(row, 'participants'),
      uncounted: row.roundtablesUncounted,
    })),
  );
  const challenges = buildMatrix(
    regionAxis,
    data.challengeFrequency.map((row) => ({ key: row.challenge.code, label: row.challenge.label, position: row.challenge.position })),
    challengeRows.map((row) => ({ region: row.region.slug, item: row.challenge.code, value: row.mentions })),
  );
  return {
    chosenCount: chosen.length,
    regionAxis,
    attendance,
    categories,
    challenges,
    categoryRows,
    challengeRows,
    illustrative: data.coverage.illustrativeRoundtables > 0,
  };
}
