import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { PageInput } from '../../../core/paging';
import type { EngagementContext } from '../engagement.context';
import { RegionRef } from '../federated-stubs';
import type { CompletenessService } from './completeness.service';
import { CompletenessOrder, CompletenessPage, RegionPeriodCompleteness } from './completeness.types';

@Resolver(() => RegionPeriodCompleteness)
export class CompletenessResolver {
  constructor(private readonly completenessService: CompletenessService) {}

  @Cached('records')
  @Query(() => CompletenessPage, {
    description:
      'Per region (paged) and reporting period: roundtables recorded, approved, and submitted on time; evaluation adds what was expected ' +
      '(the ROUNDTABLES_HELD target) and the rates against it. Not for FUNDER and PUBLIC; a COORDINATOR sees its own regions.',
  })
  completeness(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, {
      nullable: true,
      description: 'Which regions and roundtables; no dates, since each period is its own.',
    })
    filter?: AnalyticsFilter | null,
    @Arg('periods', () => [String], {
      nullable: true,
      description: 'Reporting period codes, in the order wanted; every period when left out.',
    })
    periods?: string[] | null,
    @Arg('page', () => PageInput, { nullable: true, description: 'A page of regions; each comes with every period asked.' })
    page?: PageInput | null,
    @Arg('orderBy', () => CompletenessOrder, { nullable: true }) orderBy?: CompletenessOrder | null,
  ): Promise<CompletenessPage> {
    return this.completenessService.page(ctx.viewer, filter, periods, page ?? undefined, orderBy ?? new CompletenessOrder());
  }

  @FieldResolver(() => RegionRef)
  region(@Root() row: RegionPeriodCompleteness): RegionRef {
    return { slug: row.regionSlug };
  }
}
