import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EngagementContext } from '../engagement.context';
import { ImportReport } from './import-report.types';
import type { RoundtableImportService } from './roundtable-import.service';

@Resolver()
export class RoundtableImportResolver {
  constructor(private readonly imports: RoundtableImportService) {}

  @Mutation(() => ImportReport, {
    description:
      'Records or changes roundtables from CSV, one row a roundtable, matched by region and number (ADMIN, or a COORDINATOR for its ' +
      'regions). Any problem in the file and nothing is written; the report names each by line and column. The columns are those of roundtablesCsv.',
  })
  importRoundtables(
    @Arg('csv', () => String, { description: 'The whole file: the header, then one row per roundtable; at most 2 MB and 5,000 rows.' })
    csv: string,
    @Arg('dryRun', () => Boolean, { defaultValue: false, description: 'Check and report what would change, writing nothing.' })
    dryRun: boolean,
    @Ctx() ctx: EngagementContext,
  ): Promise<ImportReport> {
    return this.imports.import(ctx, csv, dryRun);
  }
}
