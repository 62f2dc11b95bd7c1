import type { Access } from '../../core/auth/access';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import { type ExecutionOptions, FAST_PATHS_ON, type Subgraph } from '../../core/subgraph';
import { type GeographyContext, geographyLoaders } from './geography.context';
import { buildGeographySchema } from './geography.schema';
import { geographyServices } from './geography.services';

export async function startGeography(
  database: SubgraphDatabase,
  access: Access,
  execution: ExecutionOptions = FAST_PATHS_ON,
): Promise<Subgraph<GeographyContext>> {
  const services = await geographyServices(database.dataSource, database.notices);
  return {
    name: 'geography',
    database,
    schema: await buildGeographySchema(services, execution),
    createContext: async (request: RequestInfo): Promise<GeographyContext> => ({
      request,
      viewer: await access.authenticate(request.headers),
      categories: services.categories,
      loaders: geographyLoaders(services),
    }),
  };
}
