import { Arg, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Cached('unshared')
  @Query(() => [Organisation], { description: 'Organisations by name; optionally those based in one region.' })
  organisations(@Arg('region', () => String, { nullable: true }) region?: string | null): Promise<Organisation[]> {
    return this.organisationService.list(region);
  }
}
