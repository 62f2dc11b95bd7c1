import { onceLoader } from '../../core/loader';
import type { SubgraphContext } from '../../core/subgraph';
import type { EvaluationServices } from './evaluation.services';
import type { IndicatorCatalogue } from './indicator/indicator-catalogue';
import { readMappings } from './mapping/framework-mapping.store';
import type { IndicatorResultsService } from './result/indicator-results.service';
import { TargetBook } from './targets/target-book';

/** Every loader evaluation's resolvers use, made fresh for each request. */
export function evaluationLoaders({ dataSource }: EvaluationServices) {
  return {
    /** Every target, read at most once per request, however many results ask. */
    targets: onceLoader(() => TargetBook.read(dataSource)),
    /** Framework mappings by indicator code, read at most once per request. */
    mappings: onceLoader(() => readMappings(dataSource)),
  };
}

export interface EvaluationContext extends SubgraphContext {
  catalogue: IndicatorCatalogue;
  results: IndicatorResultsService;
  loaders: ReturnType<typeof evaluationLoaders>;
}
