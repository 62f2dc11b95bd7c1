import type { RequestInfo } from '../../core/context';
import type { CategoryTaxonomy } from './category/category-taxonomy';
import type { organisationBySlugLoader, organisationsByRegionLoader } from './organisation/organisation.loader';
import type { regionBySlugLoader } from './region/region.loader';

export interface GeographyContext {
  request: RequestInfo;
  categories: CategoryTaxonomy;
  loaders: {
    regionBySlug: ReturnType<typeof regionBySlugLoader>;
    organisationBySlug: ReturnType<typeof organisationBySlugLoader>;
    organisationsByRegion: ReturnType<typeof organisationsByRegionLoader>;
  };
}
