import { Arg, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { PageInput } from '../../../core/paging';
import { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';
import type { OrganisationPageService } from './organisation-page.service';
import { OrganisationFilter, OrganisationOrder, OrganisationPage } from './organisation-page.types';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(
    private readonly organisationService: OrganisationService,
    private readonly pages: OrganisationPageService,
  ) {}

  @Cached('unshared')
  @Query(() => [Organisation], { description: 'Organisations by name; optionally those based in one region.' })
  organisations(@Arg('region', () => String, { nullable: true }) region?: string | null): Promise<Organisation[]> {
    return this.organisationService.list(region);
  }

  @Cached('unshared')
  @Query(() => OrganisationPage, {
    description: 'One page of the organisations that match a filter (search, regions, categories), in the order asked.',
  })
  organisationPage(
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Arg('orderBy', () => OrganisationOrder, { nullable: true }) orderBy?: OrganisationOrder | null,
  ): Promise<OrganisationPage> {
    return this.pages.page(filter, page ?? undefined, orderBy ?? new OrganisationOrder());
  }
}
