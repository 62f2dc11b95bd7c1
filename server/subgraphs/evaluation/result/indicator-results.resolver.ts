import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { seesPublication } from '../../../core/auth/viewer';
import { Cached } from '../../../core/cache-policy';
import { badInput, errorText } from '../../../core/errors';
import type { EvaluationContext } from '../evaluation.context';
import { RegionRef } from '../federated-stubs';
import { IndicatorResult } from './indicator-result.type';

const CODES = { nullable: true, description: 'Indicator codes; all indicators when left out.' };
const PERIODS = { nullable: true, description: 'Reporting period codes, e.g. ["2021", "2022"]; the whole project when left out.' };
const AS_OF = { nullable: true, description: 'The day to judge progress at, YYYY-MM-DD; today when left out.' };

@Resolver()
export class IndicatorResultsResolver {
  @Cached('figures')
  @Query(() => [IndicatorResult], {
    description:
      'Indicator results per indicator × period × region in scope, plus one row for all of them together (region null), each against its target.',
  })
  async indicatorResults(
    @Ctx() ctx: EvaluationContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
    @Arg('codes', () => [String], CODES) codes?: string[] | null,
    @Arg('periods', () => [String], PERIODS) periods?: string[] | null,
    @Arg('includeTotal', () => Boolean, { defaultValue: true, description: 'Add the all-regions row.' }) includeTotal = true,
    @Arg('asOf', () => String, AS_OF) asOf?: string | null,
    @Arg('regionRows', () => Boolean, {
      defaultValue: true,
      description: 'A row per region in scope; false asks for the all-regions row alone, however many regions the scope holds.',
    })
    regionRows = true,
  ): Promise<IndicatorResult[]> {
    if (seesPublication(ctx.viewer) && (filter?.from || filter?.to || filter?.formats)) {
      // Their counts of people are published per reporting period and over every format.
      throw badInput(errorText('publicResultsByPeriod'), { field: filter.formats ? 'filter.formats' : 'filter.from' });
    }
    return ctx.results.results(
      { viewer: ctx.viewer, filter, codes, periods, includeTotal, regionRows, asOf },
      await ctx.loaders.targets.load(),
    );
  }
}

@Resolver(() => RegionRef)
export class RegionIndicatorFields {
  @FieldResolver(() => [IndicatorResult], { description: "The region's indicator results against its targets." })
  async indicatorResults(
    @Root() region: RegionRef,
    @Ctx() ctx: EvaluationContext,
    @Arg('codes', () => [String], CODES) codes?: string[] | null,
    @Arg('periods', () => [String], PERIODS) periods?: string[] | null,
    @Arg('asOf', () => String, AS_OF) asOf?: string | null,
  ): Promise<IndicatorResult[]> {
    return ctx.results.results(
      { viewer: ctx.viewer, region: region.slug, codes, periods, includeTotal: false, asOf },
      await ctx.loaders.targets.load(),
    );
  }
}
