import { Arg, Query, Resolver } from 'type-graphql';
import { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => [Organisation], { description: 'Organisations by name; optionally those based in one region.' })
  organisations(@Arg('region', () => String, { nullable: true }) region?: string | null): Promise<Organisation[]> {
    return this.organisationService.list(region);
  }
}
