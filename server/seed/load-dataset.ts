import type { Subgraph } from '../core/subgraph';
import type { EngagementSubgraph } from '../subgraphs/engagement/engagement.subgraph';
import { seedEngagement } from '../subgraphs/engagement/seed/engagement.seed';
import type { EvaluationSubgraph } from '../subgraphs/evaluation/evaluation.subgraph';
import { seedEvaluation } from '../subgraphs/evaluation/seed/evaluation.seed';
import { seedGeography } from '../subgraphs/geography/seed/geography.seed';
import type { DataSet } from './dataset';

export interface LoadReport {
  roundtablesAdded: number;
  participationsAdded: number;
}

/**
 * Loads a data set into the subgraphs, each through its own seeder and connection:
 * geography first, then engagement and evaluation with geography's regions for their projections,
 * and engagement with evaluation's reporting periods for its publication.
 */
export async function loadDataset(
  geography: Subgraph,
  engagement: EngagementSubgraph,
  data: DataSet,
  evaluation?: EvaluationSubgraph,
): Promise<LoadReport> {
  const keys = await seedGeography(geography.database.dataSource, data);
  if (evaluation) {
    await seedEvaluation(evaluation.database.dataSource, evaluation.regions, keys);
    await engagement.publications.applyPeriods(evaluation.periods);
  }
  const report = await seedEngagement(engagement.database.dataSource, engagement.regions, keys, data);
  // Applying the regions told every instance to read them again: the ones here have, once this returns.
  await engagement.database.notices.caughtUp();
  await evaluation?.database.notices.caughtUp();
  return report;
}
