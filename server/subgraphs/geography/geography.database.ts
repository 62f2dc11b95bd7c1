import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { StakeholderCategory } from './category/stakeholder-category.entity';
import { GeographyInitial1763800000000 } from './migrations/1763800000000-geography-initial';
import { OrganisationWrites1764000000001 } from './migrations/1764000000001-organisation-writes';
import { Organisation } from './organisation/organisation.entity';
import { Region } from './region/region.entity';

export const GEOGRAPHY_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'geography',
  entities: [Region, Organisation, StakeholderCategory],
  migrations: [GeographyInitial1763800000000, OrganisationWrites1764000000001],
};
