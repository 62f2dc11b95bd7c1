import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { GeographyInitial1763800000000 } from './migrations/1763800000000-geography-initial';
import { OrganisationWrites1764000000001 } from './migrations/1764000000001-organisation-writes';
import { CategoryLabels1768400000000 } from './migrations/1768400000000-category-labels';

export const GEOGRAPHY_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'geography',
  migrations: [GeographyInitial1763800000000, OrganisationWrites1764000000001, CategoryLabels1768400000000],
};
