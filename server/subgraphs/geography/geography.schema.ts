import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../core/federation';
import { GeographyAuditResolver } from './audit/geography-audit.resolver';
import { CategoryResolver } from './category/category.resolver';
import { GEOGRAPHY_REFERENCES } from './geography.references';
import { OrganisationFields } from './organisation/organisation.fields';
import { OrganisationMutations } from './organisation/organisation.mutations';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { RegionFields } from './region/region.fields';
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
  return buildFederatedSchema({ resolvers: GEOGRAPHY_RESOLVERS, container }, GEOGRAPHY_REFERENCES);
}
