import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import type { RoundtableExportService } from './roundtable-export.service';

@Resolver()
export class RoundtableExportResolver {
  constructor(private readonly exports: RoundtableExportService) {}

  @Cached('records')
  @Query(() => String, {
    description:
      'The roundtables as CSV in the format importRoundtables reads, by region and number: edit it and import it back. ' +
      'Counts are as recorded, so it is for ADMIN, COORDINATOR, ANALYST and EVALUATOR users.',
  })
  roundtablesCsv(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
  ): Promise<string> {
    return this.exports.csv(ctx.viewer, filter);
  }
}
