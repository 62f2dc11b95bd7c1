import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import type { PeriodSpan } from '../../../contract/periods';
import { type AnalyticsFilter, resolveScope, type Scope } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import type { Viewer } from '../../../core/auth/viewer';
import { badInput, type ErrorText, errorText, errorTexts } from '../../../core/errors';
import type { PublishedScope } from './publication';
import { TimeLattice } from './publication-lattice';

const datasetsOf = (illustrative: boolean | null | undefined): boolean[] =>
  illustrative === undefined || illustrative === null ? [false, true] : [illustrative];

const periodOf = (periods: readonly PeriodSpan[], from: string | undefined, to: string | undefined) =>
  !from && !to ? TimeLattice.ALL_TIME : periods.find((period) => period.startsOn === from && period.endsOn === to)?.code;

/**
 * An analytics filter as FUNDER and PUBLIC may ask it: the publication is made per reporting
 * period (or all time) and over every format, so other dates or a format are refused, naming
 * what can be asked instead; everything else is checked as for any viewer.
 */
export async function publishedScopeOf(
  viewer: Viewer,
  filter: AnalyticsFilter | null | undefined,
  regions: RegionDirectory,
  periods: readonly PeriodSpan[],
): Promise<{ scope: Scope; published: PublishedScope }> {
  const scope = await resolveScope(viewer, filter, regions);
  const period = periodOf(periods, scope.from, scope.to);
  const problems: ErrorText[] = [];
  if (period === undefined) {
    const offered = periods.map((p) => `${p.code} (${p.startsOn} to ${p.endsOn})`).join(', ');
    problems.push(errorText('publishedPerPeriod', { offered }));
  }
  if (scope.formats) problems.push(errorText('publishedNotByFormat'));
  if (problems.length > 0) throw badInput(errorTexts(problems), { field: period === undefined ? 'filter.from' : 'filter.formats' });
  return { scope, published: { regions: scope.regionSlugs ?? null, period: period as string, datasets: datasetsOf(scope.illustrative) } };
}

/** An indicator result's scope in the publication, or null when it is not one the publication holds. */
export function publishedScopeOfResult(scope: IndicatorScope, periods: readonly PeriodSpan[]): PublishedScope | null {
  const period = periodOf(periods, scope.from, scope.to);
  if (period === undefined || scope.formats) return null;
  return { regions: scope.regions, period, datasets: datasetsOf(scope.illustrative) };
}
