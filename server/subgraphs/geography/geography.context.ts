import type { SubgraphContext } from '../../core/subgraph';
import type { CategoryTaxonomy } from './category/category-taxonomy';
import type { organisationBySlugLoader, organisationsByRegionLoader } from './organisation/organisation.loader';
import type { regionBySlugLoader } from './region/region.loader';

export interface GeographyContext extends SubgraphContext {
  categories: CategoryTaxonomy;
  loaders: {
    regionBySlug: ReturnType<typeof regionBySlugLoader>;
    organisationBySlug: ReturnType<typeof organisationBySlugLoader>;
    organisationsByRegion: ReturnType<typeof organisationsByRegionLoader>;
  };
}
