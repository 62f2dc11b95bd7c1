import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../core/federation';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ChallengeResolver } from './challenge/challenge.resolver';
import { ChallengeMentionFields } from './challenge/challenge-mention.fields';
import { ENGAGEMENT_REFERENCES } from './engagement.references';
import { OrganisationRef, StakeholderCategoryRef } from './federated-stubs';
import { RoundtableExportResolver } from './import/roundtable-export.resolver';
import { RoundtableImportResolver } from './import/roundtable-import.resolver';
import { IndicatorResultFields } from './indicator/indicator-result.fields';
import { IndicatorResultRef } from './indicator/indicator-result.ref';
import { ParticipantFields } from './participant/participant.fields';
import { ParticipantMutations } from './participant/participant.mutations';
import { ParticipantResolver } from './participant/participant.resolver';
import { RegionRoundtablesFields } from './region/region.fields';
import { RoundtableFields } from './roundtable/roundtable.fields';
import { RoundtableMutations } from './roundtable/roundtable.mutations';
import { RoundtableResolver } from './roundtable/roundtable.resolver';
import { RoundtableLimitsResolver } from './roundtable/roundtable-limits.resolver';

export const ENGAGEMENT_RESOLVERS = [
  RoundtableResolver,
  RoundtableFields,
  RegionRoundtablesFields,
  ChallengeResolver,
  ChallengeMentionFields,
  ParticipantResolver,
  ParticipantFields,
  ParticipantMutations,
  AnalyticsResolver,
  RoundtableMutations,
  RoundtableLimitsResolver,
  AuditResolver,
  RoundtableImportResolver,
  RoundtableExportResolver,
  IndicatorResultFields,
] as const;

export function buildEngagementSchema(container: ContainerType) {
  return buildFederatedSchema(
    { resolvers: ENGAGEMENT_RESOLVERS, orphanedTypes: [StakeholderCategoryRef, OrganisationRef, IndicatorResultRef], container },
    ENGAGEMENT_REFERENCES,
  );
}
