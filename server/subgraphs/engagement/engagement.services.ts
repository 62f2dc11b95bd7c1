import type { DataSource } from 'typeorm';
import { RegionDirectory } from '../../contract/regions/region-directory';
import type { Access } from '../../core/auth/access';
import type { ChangeNotices } from '../../core/database/change-notices';
import { TaxonomyTextsWriter } from '../../core/taxonomy/taxonomy-texts-write';
import { AnalyticsService } from './analytics/analytics.service';
import { RankingService } from './analytics/ranking.service';
import { EngagementAuditService } from './audit/engagement-audit.service';
import { CHALLENGE_KIND, ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import { CompletenessService } from './completeness/completeness.service';
import { ParticipantImportService } from './import/participant-import.service';
import { RoundtableExportService } from './import/roundtable-export.service';
import { RoundtableImportService } from './import/roundtable-import.service';
import { IndicatorMeasureService } from './indicator/indicator-measure.service';
import { OutlierService } from './outlier/outlier.service';
import { ParticipantService } from './participant/participant.service';
import { ParticipantDeletions } from './participant/participant-deletions';
import { ParticipantWriteService } from './participant/participant-write.service';
import { PublicationStore } from './publication/publication-store';
import { PeriodClosureService } from './review/period-closure.service';
import { ReviewService } from './review/review.service';
import { RoundtableService } from './roundtable/roundtable.service';
import { RoundtableParts } from './roundtable/roundtable-parts.service';
import { RoundtableWriteService } from './roundtable/roundtable-write.service';
import { RuleFindingsService } from './rules/rule-findings.service';
import { RuleTextBook } from './rules/rule-text-book';
import { RuleTextsWriter } from './rules/rule-texts-write';

/** What engagement's resolvers and loaders are made from, once at start. */
export async function engagementServices(dataSource: DataSource, access: Access, notices: ChangeNotices) {
  const regions = await RegionDirectory.load(dataSource, 'engagement', notices);
  const challenges = await ChallengeTaxonomy.load(dataSource, notices);
  const ruleTexts = await RuleTextBook.load(dataSource, notices);
  const publications = new PublicationStore(dataSource, regions, access.disclosure, access.publicationWaitMs);
  const audit = new EngagementAuditService(dataSource);
  const analytics = new AnalyticsService(dataSource, regions, challenges, publications);
  return {
    dataSource,
    regions,
    challenges,
    challengeLabels: new TaxonomyTextsWriter(dataSource, audit.taxonomyTrail, CHALLENGE_KIND, () => challenges.reload()),
    ruleTexts,
    ruleTextWrites: new RuleTextsWriter(dataSource, audit.taxonomyTrail, () => ruleTexts.reload()),
    publications,
    audit,
    roundtables: new RoundtableService(dataSource, regions),
    roundtableParts: new RoundtableParts(dataSource),
    roundtableWrites: new RoundtableWriteService(dataSource, regions, challenges, ruleTexts, audit),
    participants: new ParticipantService(dataSource),
    participantWrites: new ParticipantWriteService(dataSource, regions, audit),
    participantDeletions: new ParticipantDeletions(dataSource),
    participantImports: new ParticipantImportService(dataSource, audit),
    indicators: new IndicatorMeasureService(dataSource, publications),
    analytics,
    rankings: new RankingService(dataSource, analytics, challenges),
    imports: new RoundtableImportService(dataSource, regions, challenges, ruleTexts, audit),
    exports: new RoundtableExportService(dataSource, regions),
    reviews: new ReviewService(dataSource, regions, audit),
    periodClosures: new PeriodClosureService(dataSource),
    ruleFindings: new RuleFindingsService(dataSource, regions, ruleTexts),
    outliers: new OutlierService(dataSource, regions, audit),
    completeness: new CompletenessService(dataSource, regions, publications),
  };
}

export type EngagementServices = Awaited<ReturnType<typeof engagementServices>>;
