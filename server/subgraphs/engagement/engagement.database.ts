import type { SubgraphDatabaseDefinition } from '../../core/database/subgraph-data-source';
import { EngagementInitial1763800000001 } from './migrations/1763800000001-engagement-initial';
import { EngagementAudit1763900000000 } from './migrations/1763900000000-engagement-audit';
import { ParticipantVersion1764000000000 } from './migrations/1764000000000-participant-version';
import { ProfileRollup1764100000000 } from './migrations/1764100000000-profile-rollup';
import { RegionRollup1764200000000 } from './migrations/1764200000000-region-rollup';
import { Publication1765000000000 } from './migrations/1765000000000-publication';
import { RegionRollupBigint1766000000000 } from './migrations/1766000000000-region-rollup-bigint';
import { Review1767000000000 } from './migrations/1767000000000-review';
import { OutlierReview1767200000000 } from './migrations/1767200000000-outlier-review';
import { ChallengeLabels1768400000001 } from './migrations/1768400000001-challenge-labels';
import { ValidationRuleTexts1768500000000 } from './migrations/1768500000000-validation-rule-texts';
import { DeferredRegionRollups1769000000000 } from './migrations/1769000000000-deferred-region-rollups';
import { PublicationSnapshot1769100000000 } from './migrations/1769100000000-publication-snapshot';
import { SourceCitationsIndex1769200000000 } from './migrations/1769200000000-source-citations-index';
import { PublishedDataVersion1769300000000 } from './migrations/1769300000000-published-data-version';
import { CategoryPresentIndex1769400000000 } from './migrations/1769400000000-category-present-index';

export const ENGAGEMENT_DATABASE: SubgraphDatabaseDefinition = {
  schema: 'engagement',
  migrations: [
    EngagementInitial1763800000001,
    EngagementAudit1763900000000,
    ParticipantVersion1764000000000,
    ProfileRollup1764100000000,
    RegionRollup1764200000000,
    Publication1765000000000,
    RegionRollupBigint1766000000000,
    Review1767000000000,
    OutlierReview1767200000000,
    ChallengeLabels1768400000001,
    ValidationRuleTexts1768500000000,
    DeferredRegionRollups1769000000000,
    PublicationSnapshot1769100000000,
    SourceCitationsIndex1769200000000,
    PublishedDataVersion1769300000000,
    CategoryPresentIndex1769400000000,
  ],
};
