import type { Viewer } from '../../core/auth/viewer';
import type { SubgraphContext } from '../../core/subgraph';
import type { ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import type { EngagementServices } from './engagement.services';
import { indicatorLoaders } from './indicator/indicator.loaders';
import { outlierLoaders } from './outlier/outlier.loaders';
import { participantLoaders } from './participant/participant.loaders';
import { roundtableLoaders } from './roundtable/roundtable.loaders';
import { ruleFindingLoaders } from './rules/rule-findings.loaders';

/** Every loader engagement's resolvers use, made fresh for each request. */
export function engagementLoaders(services: EngagementServices, viewer: Viewer) {
  return {
    ...roundtableLoaders(services.roundtables, services.roundtableParts, viewer),
    ...participantLoaders(services.participants),
    ...ruleFindingLoaders(services.ruleFindings),
    ...outlierLoaders(services.outliers),
    // Per viewer: what an indicator result withholds depends on who asks.
    ...indicatorLoaders(services.indicators, viewer),
  };
}

export interface EngagementContext extends SubgraphContext {
  challenges: ChallengeTaxonomy;
  loaders: ReturnType<typeof engagementLoaders>;
}
