import type { Subgraph } from '../core/subgraph';
import type { EngagementSubgraph } from '../subgraphs/engagement/engagement.subgraph';
import { seedEngagement } from '../subgraphs/engagement/seed/engagement.seed';
import { seedGeography } from '../subgraphs/geography/seed/geography.seed';
import type { DataSet } from './dataset';

export interface LoadReport {
  roundtablesAdded: number;
  participationsAdded: number;
}

/**
 * Loads a data set into both subgraphs, each through its own seeder and connection:
 * geography first, then engagement with geography's regions for its projection.
 */
export async function loadDataset(geography: Subgraph, engagement: EngagementSubgraph, data: DataSet): Promise<LoadReport> {
  const keys = await seedGeography(geography.database.dataSource, data);
  return seedEngagement(engagement.database.dataSource, engagement.regions, keys, data);
}
