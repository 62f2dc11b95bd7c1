import { Arg, Ctx, Field, Float, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { PageInput } from '../../../core/paging';
import type { EngagementContext } from '../engagement.context';
import type { OutlierService } from './outlier.service';
import { Outlier, OutlierOrder, OutlierPage } from './outlier.types';
import { OutlierMark, OutlierMeasure, OutlierStatus } from './outlier-measure';

@InputType({ description: 'A value as you read it (min = max when exact): a mark is refused when the value has changed since.' })
export class SeenValueInput {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}

@Resolver()
export class OutlierResolver {
  constructor(private readonly outlierService: OutlierService) {}

  @Cached('records')
  @Query(() => OutlierPage, {
    description:
      "Roundtables' figures far from their region's usual or the project's (a modified z-score beyond OUTLIER_Z_THRESHOLD), a page at a time. " +
      'For ADMIN, EVALUATOR and ANALYST, and a COORDINATOR for its own regions; not for FUNDER and PUBLIC, since they reveal records not yet approved.',
  })
  outliers(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, {
      nullable: true,
      description: 'Which roundtables to list. The usual they are compared with is taken over every roundtable, whatever the filter.',
    })
    filter?: AnalyticsFilter | null,
    @Arg('measure', () => OutlierMeasure, { nullable: true, description: 'One measure only; every measure when left out.' })
    measure?: OutlierMeasure | null,
    @Arg('status', () => OutlierStatus, {
      nullable: true,
      description: 'Only values in this review status; FOLLOW_UP lists the follow-ups.',
    })
    status?: OutlierStatus | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Arg('orderBy', () => OutlierOrder, { nullable: true }) orderBy?: OutlierOrder | null,
  ): Promise<OutlierPage> {
    return this.outlierService.page(ctx.viewer, {
      filter,
      measure,
      status,
      page: page ?? undefined,
      orderBy: orderBy ?? new OutlierOrder(),
    });
  }

  @Mutation(() => Outlier, {
    description:
      'Marks a flagged figure CHECKED (right as recorded) or FOLLOW_UP (for the region’s coordinator to look at), with a comment; ADMIN and EVALUATOR. ' +
      'The mark holds while the figure keeps the value it was given for, and is audited in the roundtable’s history.',
  })
  markOutlier(
    @Ctx() ctx: EngagementContext,
    @Arg('roundtableId', () => ID) roundtableId: string,
    @Arg('measure', () => OutlierMeasure) measure: OutlierMeasure,
    @Arg('status', () => OutlierMark) status: OutlierMark,
    @Arg('comment', { description: 'Why: what was checked, or what the coordinator should look at.' }) comment: string,
    @Arg('seen', () => SeenValueInput, { description: 'The value you read; refused with CONFLICT when it has changed since.' })
    seen: SeenValueInput,
  ): Promise<Outlier> {
    return this.outlierService.mark(ctx, { roundtableId, measure, status, comment, seen });
  }
}
