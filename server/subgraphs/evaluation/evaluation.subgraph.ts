import type { PeriodSpan } from '../../contract/periods';
import type { RegionDirectory } from '../../contract/regions/region-directory';
import type { Access } from '../../core/auth/access';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import { type ExecutionOptions, FAST_PATHS_ON, type Subgraph } from '../../core/subgraph';
import { type EvaluationContext, evaluationLoaders } from './evaluation.context';
import { buildEvaluationSchema } from './evaluation.schema';
import { evaluationServices } from './evaluation.services';

export interface EvaluationSubgraph extends Subgraph<EvaluationContext> {
  regions: RegionDirectory;
  /** The reporting periods, which engagement keeps a copy of for its publication. */
  periods: readonly PeriodSpan[];
}

export async function startEvaluation(
  database: SubgraphDatabase,
  access: Access,
  execution: ExecutionOptions = FAST_PATHS_ON,
): Promise<EvaluationSubgraph> {
  const services = await evaluationServices(database.dataSource, database.notices);
  return {
    name: 'evaluation',
    database,
    regions: services.regions,
    periods: services.catalogue.periods.map(({ code, start, end }) => ({ code, startsOn: start, endsOn: end })),
    schema: await buildEvaluationSchema(services, execution),
    createContext: async (request: RequestInfo): Promise<EvaluationContext> => ({
      request,
      viewer: await access.authenticate(request.headers),
      catalogue: services.catalogue,
      results: services.results,
      loaders: evaluationLoaders(services),
    }),
  };
}
