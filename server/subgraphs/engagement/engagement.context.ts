import type { SubgraphContext } from '../../core/subgraph';
import type { ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import type { RoundtableLoaders } from './roundtable/roundtable.loaders';

export interface EngagementContext extends SubgraphContext {
  challenges: ChallengeTaxonomy;
  loaders: RoundtableLoaders;
}
