import type { RequestInfo } from '../../core/context';
import type { ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import type { RoundtableLoaders } from './roundtable/roundtable.loaders';

export interface EngagementContext {
  request: RequestInfo;
  challenges: ChallengeTaxonomy;
  loaders: RoundtableLoaders;
}
