import type { SubgraphContext } from '../../core/subgraph';
import type { FrameworkMapping } from './indicator/indicator.types';
import type { IndicatorCatalogue } from './indicator/indicator-catalogue';
import type { IndicatorResultsService } from './result/indicator-results.service';
import type { TargetBook } from './target/target-book';

export interface EvaluationContext extends SubgraphContext {
  catalogue: IndicatorCatalogue;
  results: IndicatorResultsService;
  /** Every target, read at most once per request, however many results ask. */
  targets(): Promise<TargetBook>;
  /** Framework mappings by indicator code, read at most once per request. */
  mappings(): Promise<Map<string, FrameworkMapping[]>>;
}
