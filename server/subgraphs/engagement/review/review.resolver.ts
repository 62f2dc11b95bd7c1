import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import { Roundtable } from '../roundtable/roundtable.entity';
import type { RoundtableService } from '../roundtable/roundtable.service';
import type { PeriodClosureService } from './period-closure.service';
import type { ReviewService } from './review.service';
import { ClosedPeriod, RecordVersionInput, ReviewCounts } from './review.types';
import { ReviewAction } from './review-state';

@Resolver()
export class ReviewResolver {
  constructor(
    private readonly reviews: ReviewService,
    private readonly closures: PeriodClosureService,
    private readonly reads: RoundtableService,
  ) {}

  @Mutation(() => [Roundtable], {
    description:
      'Takes one review step for one or many roundtables at once (a bulk approval): all of them, or none when any is refused. ' +
      'RETURN and REOPEN need a comment saying why.',
  })
  async reviewRoundtables(
    @Ctx() ctx: EngagementContext,
    @Arg('action', () => ReviewAction) action: ReviewAction,
    @Arg('records', () => [RecordVersionInput]) records: RecordVersionInput[],
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<Roundtable[]> {
    const ids = await this.reviews.review(ctx, action, records, comment);
    return this.reads.findByIds(ctx.viewer, ids);
  }

  @Cached('records')
  @Query(() => ReviewCounts, {
    description: 'How many roundtables in scope stand in each review state (not for FUNDER and PUBLIC, who see approved ones only).',
  })
  reviewCounts(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
  ): Promise<ReviewCounts> {
    return this.reviews.counts(ctx.viewer, filter);
  }

  @Cached('records')
  @Query(() => [ClosedPeriod], { description: 'The reporting periods closed to changes.' })
  closedPeriods(): Promise<ClosedPeriod[]> {
    return this.closures.closed();
  }

  @Mutation(() => ClosedPeriod, {
    description: 'Closes a reporting period to changes (ADMIN or EVALUATOR), with the reason; imports and restorations included.',
  })
  closeReportingPeriod(@Ctx() ctx: EngagementContext, @Arg('period') period: string, @Arg('reason') reason: string): Promise<ClosedPeriod> {
    return this.closures.close(ctx.viewer, period, reason);
  }

  @Mutation(() => Boolean, { description: 'Opens a closed reporting period to changes again (ADMIN or EVALUATOR), with the reason.' })
  reopenReportingPeriod(@Ctx() ctx: EngagementContext, @Arg('period') period: string, @Arg('reason') reason: string): Promise<boolean> {
    return this.closures.reopen(ctx.viewer, period, reason);
  }
}
