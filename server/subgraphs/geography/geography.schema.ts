import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../core/federation';
import { GeographyAuditResolver } from './audit/geography-audit.resolver';
import { resolveCategoryReference } from './category/category.reference';
import { CategoryResolver } from './category/category.resolver';
import { OrganisationFields } from './organisation/organisation.fields';
import { OrganisationMutations } from './organisation/organisation.mutations';
import { resolveOrganisationReference } from './organisation/organisation.reference';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { RegionFields } from './region/region.fields';
import { resolveRegionReference } from './region/region.reference';
import { RegionResolver } from './region/region.resolver';

export const GEOGRAPHY_RESOLVERS = [
  RegionResolver,
  RegionFields,
  OrganisationResolver,
  OrganisationFields,
  OrganisationMutations,
  GeographyAuditResolver,
  CategoryResolver,
] as const;

export function buildGeographySchema(container: ContainerType) {
  return buildFederatedSchema(
    { resolvers: GEOGRAPHY_RESOLVERS, container },
    {
      Region: { __resolveReference: resolveRegionReference },
      Organisation: { __resolveReference: resolveOrganisationReference },
      StakeholderCategory: { __resolveReference: resolveCategoryReference },
    },
  );
}
