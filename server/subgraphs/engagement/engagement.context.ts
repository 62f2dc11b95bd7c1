import type { SubgraphContext } from '../../core/subgraph';
import type { ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import type { IndicatorLoaders } from './indicator/indicator.loaders';
import type { ParticipantLoaders } from './participant/participant.loaders';
import type { RoundtableLoaders } from './roundtable/roundtable.loaders';

export interface EngagementContext extends SubgraphContext {
  challenges: ChallengeTaxonomy;
  loaders: RoundtableLoaders & ParticipantLoaders & IndicatorLoaders;
}
