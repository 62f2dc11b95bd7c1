import type { Access } from '../../core/auth/access';
import { ResolverContainer } from '../../core/container';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import type { Subgraph } from '../../core/subgraph';
import { GeographyAuditResolver } from './audit/geography-audit.resolver';
import { GeographyAuditService } from './audit/geography-audit.service';
import { CategoryResolver } from './category/category.resolver';
import { CategoryTaxonomy } from './category/category-taxonomy';
import type { GeographyContext } from './geography.context';
import { buildGeographySchema } from './geography.schema';
import { OrganisationFields } from './organisation/organisation.fields';
import { organisationBySlugLoader, organisationsByRegionLoader } from './organisation/organisation.loader';
import { OrganisationMutations } from './organisation/organisation.mutations';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { OrganisationService } from './organisation/organisation.service';
import { OrganisationWriteService } from './organisation/organisation-write.service';
import { RegionFields } from './region/region.fields';
import { regionBySlugLoader } from './region/region.loader';
import { RegionResolver } from './region/region.resolver';
import { RegionService } from './region/region.service';

export async function startGeography(database: SubgraphDatabase, access: Access): Promise<Subgraph<GeographyContext>> {
  const { dataSource } = database;
  const regions = new RegionService(dataSource);
  const organisations = new OrganisationService(dataSource);
  const categories = await CategoryTaxonomy.load(dataSource);
  const audit = new GeographyAuditService(dataSource);
  const container = new ResolverContainer()
    .register(new RegionResolver(regions))
    .register(new RegionFields())
    .register(new OrganisationResolver(organisations))
    .register(new OrganisationFields())
    .register(new OrganisationMutations(new OrganisationWriteService(dataSource, categories, audit), organisations))
    .register(new GeographyAuditResolver(audit))
    .register(new CategoryResolver(categories));
  return {
    name: 'geography',
    database,
    schema: await buildGeographySchema(container),
    createContext: async (request: RequestInfo): Promise<GeographyContext> => ({
      request,
      viewer: await access.authenticate(request.headers),
      categories,
      loaders: {
        regionBySlug: regionBySlugLoader(regions),
        organisationBySlug: organisationBySlugLoader(organisations),
        organisationsByRegion: organisationsByRegionLoader(organisations),
      },
    }),
  };
}
