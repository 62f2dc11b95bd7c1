import type { RegionDirectory } from '../../contract/regions/region-directory';
import type { Access } from '../../core/auth/access';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import { type ExecutionOptions, FAST_PATHS_ON, type Subgraph } from '../../core/subgraph';
import { type EngagementContext, engagementLoaders } from './engagement.context';
import { buildEngagementSchema } from './engagement.schema';
import { engagementServices } from './engagement.services';
import type { PublicationStore } from './publication/publication-store';

export interface EngagementSubgraph extends Subgraph<EngagementContext> {
  regions: RegionDirectory;
  /** The protected publication for FUNDER and PUBLIC, and engagement's copy of the reporting periods it is made for. */
  publications: PublicationStore;
}

export async function startEngagement(
  database: SubgraphDatabase,
  access: Access,
  execution: ExecutionOptions = FAST_PATHS_ON,
): Promise<EngagementSubgraph> {
  const services = await engagementServices(database.dataSource, access, database.notices);
  return {
    name: 'engagement',
    database,
    regions: services.regions,
    publications: services.publications,
    onAnswersOutdated: (listener) => services.publications.onReplacedPrevious(listener),
    schema: await buildEngagementSchema(services, execution),
    createContext: async (request: RequestInfo): Promise<EngagementContext> => {
      const viewer = await access.authenticate(request.headers);
      return { request, viewer, challenges: services.challenges, loaders: engagementLoaders(services, viewer) };
    },
  };
}
