import { buildFederatedSchema } from '../../core/federation';
import { type ExecutionOptions, FAST_PATHS_ON } from '../../core/subgraph';
import { GeographyAuditResolver } from './audit/geography-audit.resolver';
import { CategoryResolver } from './category/category.resolver';
import { CategoryLabelsMutations } from './category/category-labels.mutations';
import { GEOGRAPHY_REFERENCES } from './geography.references';
import type { GeographyServices } from './geography.services';
import { OrganisationFields } from './organisation/organisation.fields';
import { OrganisationMutations } from './organisation/organisation.mutations';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { RegionFields } from './region/region.fields';
import { RegionResolver } from './region/region.resolver';

/** Every resolver of geography, the one list of them: the schema's classes are read from it. */
export function geographyResolvers(services: GeographyServices): object[] {
  return [
    new RegionResolver(services.regions),
    new RegionFields(),
    new OrganisationResolver(services.organisations, services.organisationPages),
    new OrganisationFields(),
    new OrganisationMutations(services.organisationWrites, services.organisations),
    new GeographyAuditResolver(services.audit),
    new CategoryResolver(services.categories),
    new CategoryLabelsMutations(services.categoryLabels, services.categories),
  ];
}

export function buildGeographySchema(services: GeographyServices, execution: ExecutionOptions = FAST_PATHS_ON) {
  return buildFederatedSchema({ resolvers: geographyResolvers(services) }, GEOGRAPHY_REFERENCES, execution);
}
