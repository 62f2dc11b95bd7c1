import { buildFederatedSchema } from '../../core/federation';
import { type ExecutionOptions, FAST_PATHS_ON } from '../../core/subgraph';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { RankingResolver } from './analytics/ranking.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ChallengeResolver } from './challenge/challenge.resolver';
import { ChallengeLabelsMutations } from './challenge/challenge-labels.mutations';
import { ChallengeMentionFields } from './challenge/challenge-mention.fields';
import { CompletenessResolver } from './completeness/completeness.resolver';
import { ENGAGEMENT_REFERENCES } from './engagement.references';
import type { EngagementServices } from './engagement.services';
import { OrganisationRef, StakeholderCategoryRef } from './federated-stubs';
import { ParticipantImportResolver } from './import/participant-import.resolver';
import { RoundtableExportResolver } from './import/roundtable-export.resolver';
import { RoundtableImportResolver } from './import/roundtable-import.resolver';
import { IndicatorResultFields } from './indicator/indicator-result.fields';
import { IndicatorResultRef } from './indicator/indicator-result.ref';
import { RoundtableOutlierFields } from './outlier/outlier.fields';
import { OutlierResolver } from './outlier/outlier.resolver';
import { ParticipantFields } from './participant/participant.fields';
import { ParticipantMutations } from './participant/participant.mutations';
import { ParticipantResolver } from './participant/participant.resolver';
import { PublicationStatusResolver } from './publication/publication-status.resolver';
import { RegionRoundtablesFields } from './region/region.fields';
import { ReviewResolver } from './review/review.resolver';
import { RoundtableFields } from './roundtable/roundtable.fields';
import { RoundtableMutations } from './roundtable/roundtable.mutations';
import { RoundtableResolver } from './roundtable/roundtable.resolver';
import { RoundtableLimitsResolver } from './roundtable/roundtable-limits.resolver';
import { RoundtableWarningsFields } from './rules/roundtable-warnings.fields';
import { RuleFindingsResolver } from './rules/rule-findings.resolver';
import { ValidationRuleTextsMutations } from './rules/validation-rule-texts.mutations';
import { ValidationRulesResolver } from './rules/validation-rules.resolver';

/** Every resolver of engagement, the one list of them: the schema's classes are read from it. */
export function engagementResolvers(services: EngagementServices): object[] {
  return [
    new RoundtableResolver(services.roundtables),
    new RoundtableFields(services.roundtables),
    new RegionRoundtablesFields(),
    new ChallengeResolver(services.challenges),
    new ChallengeLabelsMutations(services.challengeLabels, services.challenges),
    new ChallengeMentionFields(),
    new ParticipantResolver(services.participants, services.participantDeletions),
    new ParticipantFields(),
    new ParticipantMutations(services.participantWrites, services.participants),
    new AnalyticsResolver(services.analytics),
    new RankingResolver(services.rankings),
    new RoundtableMutations(services.roundtableWrites, services.roundtables),
    new RoundtableLimitsResolver(services.dataSource),
    new AuditResolver(services.audit),
    new RoundtableImportResolver(services.imports),
    new ParticipantImportResolver(services.participantImports),
    new RoundtableExportResolver(services.exports),
    new IndicatorResultFields(services.indicators),
    new ReviewResolver(services.reviews, services.periodClosures, services.roundtables),
    new RuleFindingsResolver(services.ruleFindings),
    new ValidationRulesResolver(services.ruleTexts),
    new ValidationRuleTextsMutations(services.ruleTextWrites),
    new RoundtableWarningsFields(),
    new OutlierResolver(services.outliers),
    new PublicationStatusResolver(services.publications),
    new RoundtableOutlierFields(),
    new CompletenessResolver(services.completeness),
  ];
}

export function buildEngagementSchema(services: EngagementServices, execution: ExecutionOptions = FAST_PATHS_ON) {
  return buildFederatedSchema(
    { resolvers: engagementResolvers(services), orphanedTypes: [StakeholderCategoryRef, OrganisationRef, IndicatorResultRef] },
    ENGAGEMENT_REFERENCES,
    execution,
  );
}
