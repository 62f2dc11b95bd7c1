import { groupedLoader, keyedLoader } from '../../../core/loader';
import type { Organisation } from './organisation.entity';
import type { OrganisationService } from './organisation.service';

export const organisationBySlugLoader = (organisations: OrganisationService) =>
  keyedLoader(
    (slugs: readonly string[]) => organisations.findBySlugs(slugs),
    (o: Organisation) => o.slug,
    null,
  );

export const organisationsByRegionLoader = (organisations: OrganisationService) =>
  groupedLoader(
    (regionSlugs: readonly string[]) => organisations.findByRegions(regionSlugs),
    (o: Organisation) => o.regionSlug as string,
  );
