import type { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import type { IndicatorScope } from '../../../contract/indicators/indicator-scope';
import { type AnalyticsFilter, resolveScope, type Scope } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import type { Viewer } from '../../../core/auth/viewer';
import { parseIsoDate } from '../../../core/validation';
import type { Indicator, ReportingPeriod } from '../indicator/indicator.types';
import type { IndicatorCatalogue } from '../indicator/indicator-catalogue';
import type { TargetBook } from '../targets/target-book';
import { IndicatorResult } from './indicator-result.type';
import { parseResultId, type ResultKey, resultId } from './result-key';

export interface ResultsRequest {
  /** Who asks: FUNDER and PUBLIC count approved records only. */
  viewer: Viewer;
  filter?: AnalyticsFilter | null;
  codes?: string[] | null;
  periods?: string[] | null;
  /** Only this region's rows, and no all-regions row (the Region.indicatorResults field). */
  region?: string;
  includeTotal: boolean;
  /** A row per region in scope (the default); false leaves the all-regions row alone. */
  regionRows?: boolean;
  asOf?: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Lays out indicator results: one per indicator × period × region in scope, plus one for
 * all of them together, each with the window it counts and the target it is judged by.
 * Values come from engagement; nothing here reads a fact.
 */
export class IndicatorResultsService {
  constructor(
    private readonly catalogue: IndicatorCatalogue,
    private readonly regions: RegionDirectory,
  ) {}

  async results(request: ResultsRequest, targets: TargetBook): Promise<IndicatorResult[]> {
    const filter = request.region ? { ...request.filter, regions: [request.region] } : (request.filter ?? null);
    const scope = await resolveScope(request.viewer, filter, this.regions);
    const asOf = request.asOf ? parseIsoDate(request.asOf, 'asOf') : today();
    const indicators = this.catalogue.select(request.codes);
    const periods = this.catalogue.selectPeriods(request.periods);
    const regionSlugs = this.regionsIn(scope);
    const regionOwners = request.regionRows === false ? [] : regionSlugs;
    const owners: (string | null)[] = request.includeTotal && !request.region ? [...regionOwners, null] : regionOwners;
    const results: IndicatorResult[] = [];
    for (const indicator of indicators) {
      for (const period of periods) {
        for (const regionSlug of owners) {
          const key = { indicatorCode: indicator.code, regionSlug, periodCode: period.code, filter, asOf };
          const result = this.build(key, indicator, period, scope, regionSlugs, targets);
          if (result) results.push(result);
        }
      }
    }
    return results;
  }

  /** The result an id names, laid out again as `results` did, for the gateway's second visit. */
  async fromId(viewer: Viewer, id: string, targets: TargetBook): Promise<IndicatorResult | null> {
    const key = parseResultId(id);
    const [indicator] = this.catalogue.select([key.indicatorCode], 'id');
    const [period] = this.catalogue.selectPeriods([key.periodCode], 'id');
    const scope = await resolveScope(viewer, key.filter, this.regions);
    return this.build(key, indicator as Indicator, period as ReportingPeriod, scope, this.regionsIn(scope), targets);
  }

  private build(
    key: ResultKey,
    indicator: Indicator,
    period: ReportingPeriod,
    scope: Scope,
    regionSlugs: readonly string[],
    targets: TargetBook,
  ): IndicatorResult | null {
    const from = scope.from && scope.from > period.start ? scope.from : period.start;
    const to = scope.to && scope.to < period.end ? scope.to : period.end;
    // A period wholly outside the filter's dates has nothing to count.
    if (from > to) return null;
    const resultScope: IndicatorScope = {
      regions: key.regionSlug ? [key.regionSlug] : (scope.regionSlugs ?? null),
      from,
      to,
      formats: scope.formats ?? null,
      illustrative: scope.illustrative ?? null,
      approvedOnly: scope.approvedOnly ?? false,
    };
    const effectiveTarget = key.regionSlug
      ? targets.forRegion(indicator, key.regionSlug, period.code)
      : targets.forRegions(indicator, regionSlugs, period.code);
    return Object.assign(new IndicatorResult(), {
      id: resultId(key),
      indicator,
      regionSlug: key.regionSlug,
      period,
      periodStart: from,
      periodEnd: to,
      asOf: key.asOf,
      numerator: indicator.numerator as IndicatorMeasure,
      denominator: (indicator.denominator as IndicatorMeasure | null) ?? null,
      scope: resultScope,
      effectiveTarget,
      baseline: effectiveTarget.baseline,
      target: effectiveTarget.target,
    });
  }

  /** The regions a scope covers; asked for recorded facts only, generated regions are left out. */
  private regionsIn(scope: Scope): string[] {
    if (scope.regionSlugs) return scope.regionSlugs;
    const all = scope.illustrative === false ? this.regions.all().filter((region) => !region.illustrative) : this.regions.all();
    return all.map((region) => region.slug);
  }
}
