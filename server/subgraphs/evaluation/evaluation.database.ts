import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { EvaluationInitial1764100000001 } from './migrations/1764100000001-evaluation-initial';

export const EVALUATION_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'evaluation',
  migrations: [EvaluationInitial1764100000001],
};
