import type { SubgraphContext } from '../../core/subgraph';
import type { CategoryTaxonomy } from './category/category-taxonomy';
import type { GeographyServices } from './geography.services';
import { organisationBySlugLoader, organisationsByRegionLoader } from './organisation/organisation.loader';
import { regionBySlugLoader } from './region/region.loader';

/** Every loader geography's resolvers use, made fresh for each request. */
export function geographyLoaders(services: GeographyServices) {
  return {
    regionBySlug: regionBySlugLoader(services.regions),
    organisationBySlug: organisationBySlugLoader(services.organisations),
    organisationsByRegion: organisationsByRegionLoader(services.organisations),
  };
}

export interface GeographyContext extends SubgraphContext {
  categories: CategoryTaxonomy;
  loaders: ReturnType<typeof geographyLoaders>;
}
