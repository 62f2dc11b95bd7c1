import { Arg, ID, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { isUuid } from '../../../core/keys';
import { Roundtable } from './roundtable.entity';
import type { RoundtableService } from './roundtable.service';

@Resolver(() => Roundtable)
export class RoundtableResolver {
  constructor(private readonly roundtableService: RoundtableService) {}

  @Cached('records')
  @Query(() => [Roundtable], { description: 'Roundtables by date, then region and number.' })
  roundtables(@Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null): Promise<Roundtable[]> {
    return this.roundtableService.list(filter);
  }

  @Cached('records')
  @Query(() => Roundtable, { nullable: true })
  async roundtable(@Arg('id', () => ID) id: string): Promise<Roundtable | null> {
    const [found] = isUuid(id) ? await this.roundtableService.findByIds([id]) : [];
    return found ?? null;
  }
}
