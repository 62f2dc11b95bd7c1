import type { SubgraphContext } from '../../core/subgraph';
import type { IndicatorCatalogue } from './indicator/indicator-catalogue';
import type { IndicatorResultsService } from './result/indicator-results.service';
import type { TargetBook } from './target/target-book';

export interface EvaluationContext extends SubgraphContext {
  catalogue: IndicatorCatalogue;
  results: IndicatorResultsService;
  /** Every target, read at most once per request, however many results ask. */
  targets(): Promise<TargetBook>;
}
