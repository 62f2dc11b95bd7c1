import type { Access } from '../../core/auth/access';
import { ResolverContainer } from '../../core/container';
import type { RequestInfo } from '../../core/context';
import type { SubgraphDatabase } from '../../core/database/subgraph-data-source';
import { RegionDirectory } from '../../core/regions/region-directory';
import type { Subgraph } from '../../core/subgraph';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { AnalyticsService } from './analytics/analytics.service';
import { AuditResolver } from './audit/audit.resolver';
import { AuditService } from './audit/audit.service';
import { ChallengeResolver } from './challenge/challenge.resolver';
import { ChallengeMentionFields } from './challenge/challenge-mention.fields';
import { ChallengeTaxonomy } from './challenge/challenge-taxonomy';
import type { EngagementContext } from './engagement.context';
import { buildEngagementSchema } from './engagement.schema';
import { RoundtableExportResolver } from './import/roundtable-export.resolver';
import { RoundtableExportService } from './import/roundtable-export.service';
import { RoundtableImportResolver } from './import/roundtable-import.resolver';
import { RoundtableImportService } from './import/roundtable-import.service';
import { indicatorLoaders } from './indicator/indicator.loaders';
import { IndicatorMeasureService } from './indicator/indicator-measure.service';
import { IndicatorResultFields } from './indicator/indicator-result.fields';
import { ParticipantFields } from './participant/participant.fields';
import { participantLoaders } from './participant/participant.loaders';
import { ParticipantMutations } from './participant/participant.mutations';
import { ParticipantResolver } from './participant/participant.resolver';
import { ParticipantService } from './participant/participant.service';
import { ParticipantWriteService } from './participant/participant-write.service';
import { PublicationStore } from './publication/publication-store';
import { RegionRoundtablesFields } from './region/region.fields';
import { RoundtableFields } from './roundtable/roundtable.fields';
import { roundtableLoaders } from './roundtable/roundtable.loaders';
import { RoundtableMutations } from './roundtable/roundtable.mutations';
import { RoundtableResolver } from './roundtable/roundtable.resolver';
import { RoundtableService } from './roundtable/roundtable.service';
import { RoundtableLimitsResolver } from './roundtable/roundtable-limits.resolver';
import { RoundtableWriteService } from './roundtable/roundtable-write.service';

export interface EngagementSubgraph extends Subgraph<EngagementContext> {
  regions: RegionDirectory;
  /** The protected publication for FUNDER and PUBLIC, and engagement's copy of the reporting periods it is made for. */
  publications: PublicationStore;
}

export async function startEngagement(database: SubgraphDatabase, access: Access): Promise<EngagementSubgraph> {
  const { dataSource } = database;
  const regions = new RegionDirectory(dataSource, 'engagement');
  await regions.reload();
  const challenges = await ChallengeTaxonomy.load(dataSource);
  const roundtables = new RoundtableService(dataSource, regions);
  const publications = new PublicationStore(dataSource, regions, access.disclosure);
  const audit = new AuditService(dataSource);
  const participants = new ParticipantService(dataSource);
  const indicators = new IndicatorMeasureService(dataSource, publications);
  const container = new ResolverContainer()
    .register(new RoundtableResolver(roundtables))
    .register(new RoundtableFields(roundtables))
    .register(new RegionRoundtablesFields())
    .register(new ChallengeResolver(challenges))
    .register(new ChallengeMentionFields())
    .register(new ParticipantResolver(participants))
    .register(new ParticipantFields())
    .register(new ParticipantMutations(new ParticipantWriteService(dataSource, regions, audit), participants))
    .register(new AnalyticsResolver(new AnalyticsService(dataSource, regions, challenges, publications)))
    .register(new RoundtableMutations(new RoundtableWriteService(dataSource, regions, challenges, audit), roundtables))
    .register(new RoundtableLimitsResolver())
    .register(new AuditResolver(audit))
    .register(new RoundtableImportResolver(new RoundtableImportService(dataSource, regions, challenges, audit)))
    .register(new RoundtableExportResolver(new RoundtableExportService(dataSource, regions)))
    .register(new IndicatorResultFields(indicators));
  return {
    name: 'engagement',
    database,
    regions,
    publications,
    schema: await buildEngagementSchema(container),
    createContext: async (request: RequestInfo): Promise<EngagementContext> => {
      const viewer = await access.authenticate(request.headers);
      return {
        request,
        viewer,
        challenges,
        loaders: {
          ...roundtableLoaders(dataSource, roundtables),
          ...participantLoaders(participants),
          // Per viewer: what an indicator result withholds depends on who asks.
          ...indicatorLoaders(indicators, viewer),
        },
      };
    },
  };
}
