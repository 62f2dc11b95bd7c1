import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { EvaluationInitial1764100000001 } from './migrations/1764100000001-evaluation-initial';
import { IndicatorLabels1768400000002 } from './migrations/1768400000002-indicator-labels';

export const EVALUATION_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'evaluation',
  migrations: [EvaluationInitial1764100000001, IndicatorLabels1768400000002],
};
