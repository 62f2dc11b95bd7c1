import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { isUuid } from '../../../core/keys';
import { PageInput } from '../../../core/paging';
import type { EngagementContext } from '../engagement.context';
import { ReviewState } from '../review/review-state';
import { Roundtable } from './roundtable.entity';
import type { RoundtableService } from './roundtable.service';
import { RoundtableOrder, RoundtablePage } from './roundtable-page.types';

@Resolver(() => Roundtable)
export class RoundtableResolver {
  constructor(private readonly roundtableService: RoundtableService) {}

  @Cached('records')
  @Query(() => [Roundtable], { description: 'Roundtables by date, then region and number.' })
  roundtables(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
    @Arg('states', () => [ReviewState], {
      nullable: true,
      description: 'Only roundtables in these review states, e.g. [SUBMITTED] for the review queue; every state when left out.',
    })
    states?: ReviewState[] | null,
  ): Promise<Roundtable[]> {
    return this.roundtableService.list(ctx.viewer, filter, states);
  }

  @Cached('records')
  @Query(() => RoundtablePage, {
    description: 'One page of the roundtables `roundtables` lists, in the order asked: for long lists such as the review queue.',
  })
  roundtablePage(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
    @Arg('states', () => [ReviewState], {
      nullable: true,
      description: 'Only roundtables in these review states; every state when left out.',
    })
    states?: ReviewState[] | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Arg('orderBy', () => RoundtableOrder, { nullable: true }) orderBy?: RoundtableOrder | null,
  ): Promise<RoundtablePage> {
    return this.roundtableService.page(ctx.viewer, filter, states, page ?? undefined, orderBy ?? new RoundtableOrder());
  }

  @Cached('records')
  @Query(() => Roundtable, { nullable: true })
  async roundtable(@Ctx() ctx: EngagementContext, @Arg('id', () => ID) id: string): Promise<Roundtable | null> {
    const [found] = isUuid(id) ? await this.roundtableService.findByIds(ctx.viewer, [id]) : [];
    return found ?? null;
  }
}
