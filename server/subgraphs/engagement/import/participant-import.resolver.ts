import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EngagementContext } from '../engagement.context';
import type { ParticipantImportService } from './participant-import.service';
import { ParticipantImportReport } from './participant-import-report.types';

@Resolver()
export class ParticipantImportResolver {
  constructor(private readonly imports: ParticipantImportService) {}

  @Mutation(() => ParticipantImportReport, {
    description:
      "Records a roundtable's participants from CSV, one row a pseudonymous participant (ADMIN, or the COORDINATOR of its region). " +
      'Columns: category,newcomer,gender,age_band,organisation,mode. Any problem in the file and nothing is written; the report names ' +
      'each by line and column. An approved roundtable, or one in a closed period, is refused with CONFLICT.',
  })
  importParticipants(
    @Arg('roundtableId', () => ID) roundtableId: string,
    @Arg('csv', () => String, { description: 'The whole file: the header, then one row per participant; at most 2 MB and 500 rows.' })
    csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and report what would be recorded, writing nothing.' })
    dryRun: boolean,
    @Ctx() ctx: EngagementContext,
  ): Promise<ParticipantImportReport> {
    return this.imports.import(ctx, roundtableId, csv, dryRun);
  }
}
