import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { canEditRegion, Role, type Viewer } from '../../../core/auth/viewer';
import { allowLongStatements, IMPORT_STATEMENT_TIMEOUT_MS } from '../../../core/database/statement-timeout';
import { writeTransaction } from '../../../core/database/write-transaction';
import { DomainError, ErrorCode, type ErrorText, errorText } from '../../../core/errors';
import { timeImport } from '../../../core/observability/metrics';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { recordedParticipations } from '../participant/participation-consistency';
import { approvedMessage, closedPeriodsOf, periodClosedMessage } from '../review/record-locks';
import { ReviewState } from '../review/review-state';
import { lockRegions } from '../rollup/lock-regions';
import { refreshRollups } from '../rollup/refresh-rollups';
import { deferRegionRollups, refreshRegionRollups } from '../rollup/region-rollups';
import { checkReferences } from '../roundtable/roundtable-checks';
import { readSnapshots, writtenRoundtables } from '../roundtable/roundtable-content';
import { type NumberTaken, roundtableRecords, writeRoundtables } from '../roundtable/roundtable-store';
import type { RuleTextBook } from '../rules/rule-text-book';
import { type ImportFileRow, readImportFile } from './import-file';
import { withoutNotes } from './import-notes';
import { type FileProblem, problemOf, problemsSaid } from './import-problems';
import { ImportAction, type ImportReport } from './import-report.types';
import { ROUNDTABLE_CSV_COLUMNS, type RoundtableCsvColumn, type RoundtableCsvRecord, recordFromCells } from './roundtable-csv';
import type { RowSource } from './row-content';
import { type PlannedRow, planRow, type ReadRow } from './row-plan';

interface Plan {
  rows: PlannedRow[];
  problems: FileProblem[];
}

const keyOf = (record: { region: string; number: number }) => `${record.region}\u0000${record.number}`;
const hasKeyProblem = (row: ReadRow) => row.problems.some((problem) => problem.column === 'region' || problem.column === 'number');

/**
 * Imports roundtables from CSV, one row a roundtable, upserted by region and number. The
 * whole file is checked before anything is written and written in one transaction, so a
 * single bad row leaves the database as it was; a dry run stops after the checks.
 */
export class RoundtableImportService {
  private readonly records: ReturnType<typeof roundtableRecords>;

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly challenges: ChallengeTaxonomy,
    private readonly ruleTexts: RuleTextBook,
    private readonly audit: EngagementAuditService,
  ) {
    this.records = roundtableRecords(db, audit);
  }

  /** Timed for /metrics (sira_import_duration_seconds). */
  import(actor: Actor, csv: string, dryRun: boolean): Promise<ImportReport> {
    return timeImport('roundtables', dryRun, () => this.importFile(actor, csv, dryRun));
  }

  private async importFile(actor: Actor, csv: string, dryRun: boolean): Promise<ImportReport> {
    mayImport(actor.viewer);
    const read = readImportFile(csv);
    const notesLeftOut = withoutNotes(read.rows, 'roundtables');
    const file = { rows: notesLeftOut.rows, problems: [...read.problems, ...notesLeftOut.problems] };
    if (file.rows.length === 0) return report({ rows: [], problems: file.problems }, dryRun, false);
    return writeTransaction(this.db, async (manager) => {
      // Locked before anything is read, so the plan sees every import that went before it.
      if (!dryRun) await lockRegions(manager, file.rows.map((row) => recordFromCells(row.cells).record.region).filter(Boolean));
      const plan = await this.plan(manager, actor.viewer, file.rows, !dryRun);
      plan.problems.push(...file.problems);
      if (plan.problems.length > 0 || dryRun) return report(plan, dryRun, false);
      await allowLongStatements(manager, IMPORT_STATEMENT_TIMEOUT_MS);
      await this.apply(manager, actor, plan.rows);
      return report(plan, dryRun, true);
    });
  }

  private async plan(manager: EntityManager, viewer: Viewer, fileRows: readonly ImportFileRow[], lock: boolean): Promise<Plan> {
    const rows: ReadRow[] = fileRows.map((row) => ({ line: row.line, ...recordFromCells(row.cells) }));
    await this.checkKeys(rows, viewer);
    const existingIds = await this.existingIds(
      manager,
      rows.filter((row) => !hasKeyProblem(row)).map((row) => row.record),
      lock,
    );
    const sources = await this.sourcesByUrl(
      manager,
      rows.map((row) => row.record.sourceUrl),
    );
    const plan: Plan = { rows: [], problems: [] };
    const taxonomies = await checkReferences(manager, this.challenges, this.ruleTexts);
    // What the rows would change, read for all of them at once: each roundtable as it is, and its participant records.
    const snapshots = await readSnapshots(manager, [...existingIds.values()]);
    const participations = await recordedParticipations(manager, [...existingIds.values()]);
    for (const row of rows) {
      const id = hasKeyProblem(row) ? undefined : existingIds.get(keyOf(row.record));
      const snapshot = id ? snapshots.get(id) : undefined;
      const existing = id && snapshot ? { snapshot, participations: participations.get(id) ?? [] } : null;
      const planned = await planRow(taxonomies, row, existing, sourceOf(row.record, sources));
      if ('problems' in planned) plan.problems.push(...planned.problems);
      else plan.rows.push(planned);
    }
    plan.problems.push(...(await lockedRows(manager, plan.rows)));
    return plan;
  }

  /** A known region the viewer may edit, and each region and number on one row only. */
  private async checkKeys(rows: readonly ReadRow[], viewer: Viewer): Promise<void> {
    const named = [...new Set(rows.map((row) => row.record.region).filter(Boolean))];
    const unknown = new Set(await this.regions.unknownSlugs(named));
    const firstLineOf = new Map<string, number>();
    for (const { line, record, problems } of rows) {
      if (!record.region) continue;
      if (unknown.has(record.region)) {
        problems.push({ column: 'region', text: this.unknownRegion(record.region) });
      } else if (!canEditRegion(viewer, record.region)) {
        problems.push({
          column: 'region',
          text: errorText('csvNotYourRegion', { regions: viewer.regions.join(', '), region: record.region }),
        });
      }
      if (problems.some((problem) => problem.column === 'region' || problem.column === 'number')) continue;
      const first = firstLineOf.get(keyOf(record));
      if (first === undefined) firstLineOf.set(keyOf(record), line);
      else
        problems.push({
          column: 'number',
          text: errorText('csvRowTwice', { region: record.region, number: record.number, line: first }),
        });
    }
  }

  /**
   * Writes every row that changes something in one statement per table (roundtables, what hangs
   * off them, their audit entries) and refreshes their rollups once; each region it touched has
   * its sums recomputed once, at the end, rather than by the triggers after every statement.
   */
  private async apply(manager: EntityManager, actor: Actor, rows: readonly PlannedRow[]): Promise<void> {
    // Over an existing roundtable the content keeps what a CSV cannot say (theme, notes and the
    // rest: overExisting), so the update changes only what the row says.
    const writing = rows.filter((row) => row.action !== ImportAction.UNCHANGED);
    await deferRegionRollups(manager);
    const ids = await writeRoundtables(
      manager,
      writing.map((row) => ({ id: row.existing?.id ?? null, content: row.content })),
      recordedDuringImport,
    );
    await refreshRollups(manager, ids);
    // An import keeps each roundtable's region and number: the regions written are the rows' own.
    // A region where the file only adds roundtables has them added to its sums; one where it
    // changes a roundtable already counted has its sums grouped again.
    const changed = writing.filter((row) => row.existing).map((row) => row.content.regionSlug);
    await refreshRegionRollups(manager, {
      recompute: changed,
      added: writing.flatMap((row, index) => (row.existing ? [] : [{ id: ids[index] as string, regionSlug: row.content.regionSlug }])),
    });
    await this.audit.recordChanged(
      manager,
      { actor, action: AuditAction.IMPORT, entityType: this.records.entityType },
      writtenRoundtables(writing.map((row, index) => ({ id: ids[index] as string, before: row.existing }))),
    );
  }

  /** Ids of the roundtables the rows name, by region and number; locked when they are about to be written. */
  private async existingIds(manager: EntityManager, records: readonly RoundtableCsvRecord[], lock: boolean): Promise<Map<string, string>> {
    if (records.length === 0) return new Map();
    const rows: { id: string; region: string; number: number }[] = await manager.query(
      `SELECT rt.id, rt.region_slug AS region, rt.number
       FROM engagement.roundtable rt
       JOIN unnest($1::text[], $2::int[]) AS wanted (region, number) ON wanted.region = rt.region_slug AND wanted.number = rt.number
       ORDER BY rt.id ${lock ? 'FOR UPDATE OF rt' : ''}`,
      [records.map((record) => record.region), records.map((record) => record.number)],
    );
    return new Map(rows.map((row) => [keyOf(row), row.id]));
  }

  /** Sources already recorded with the rows' addresses, so a row citing one reuses its title. */
  private async sourcesByUrl(manager: EntityManager, urls: readonly (string | null)[]): Promise<Map<string, RowSource>> {
    const wanted = [...new Set(urls.filter((url): url is string => url !== null))];
    if (wanted.length === 0) return new Map();
    const rows: RowSource[] = await manager.query(
      `SELECT DISTINCT ON (url) title, url, publisher FROM engagement.source WHERE url = ANY($1::text[]) ORDER BY url, illustrative, title`,
      [wanted],
    );
    return new Map(rows.map((row) => [row.url as string, row]));
  }

  private unknownRegion(region: string): ErrorText {
    const known = this.regions.all().map((known) => known.slug);
    return known.length <= 20
      ? errorText('csvUnknownRegion', { region, known: known.join(', ') })
      : errorText('csvUnknownRegionSeeQuery', { region });
  }
}

/** A roundtable another writer recorded under a row's region and number after the plan was made. */
const recordedDuringImport: NumberTaken = (content) =>
  new DomainError(ErrorCode.CONFLICT, errorText('recordedDuringImport', { region: content.regionSlug, number: content.number }));

function mayImport(viewer: Viewer): void {
  if (viewer.role === Role.ADMIN || viewer.role === Role.COORDINATOR) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('importForEditors', { records: 'roundtables', role: viewer.role }));
}

/** The row's source: one recorded with its address, else a new one titled after it. */
function sourceOf(record: RoundtableCsvRecord, recorded: ReadonlyMap<string, RowSource>): RowSource | null {
  if (!record.sourceUrl) return null;
  return recorded.get(record.sourceUrl) ?? { title: `Imported from ${record.sourceUrl}`, url: record.sourceUrl, publisher: null };
}

function report(plan: Plan, dryRun: boolean, written: boolean): ImportReport {
  const count = (action: ImportAction) => plan.rows.filter((row) => row.action === action).length;
  const columnOrder = (problem: FileProblem) => ROUNDTABLE_CSV_COLUMNS.indexOf(problem.column as RoundtableCsvColumn);
  return {
    valid: plan.problems.length === 0,
    dryRun,
    written,
    created: count(ImportAction.CREATE),
    updated: count(ImportAction.UPDATE),
    unchanged: count(ImportAction.UNCHANGED),
    rows: plan.rows.map(({ line, record, action, changedFields, warnings }) => ({
      line,
      region: record.region,
      number: record.number,
      action,
      changedFields,
      warnings,
    })),
    errors: problemsSaid([...plan.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || columnOrder(a) - columnOrder(b))),
  };
}

/**
 * The rows that would change an approved roundtable, or one dated (before or after) inside a
 * closed period: each refused, so the import is refused whole, naming every row and why.
 */
async function lockedRows(manager: EntityManager, rows: readonly PlannedRow[]): Promise<FileProblem[]> {
  const writing = rows.filter((row) => row.action !== ImportAction.UNCHANGED);
  const closed = await closedPeriodsOf(
    manager,
    writing.flatMap((row) => [row.content.date, ...(row.existing ? [row.existing.date] : [])]),
  );
  return writing.flatMap((row): FileProblem[] => {
    const what = `${row.content.regionSlug} ${row.content.number}`;
    if (row.existing?.reviewState === ReviewState.APPROVED) return [problemOf(row.line, 'number', approvedMessage(what))];
    const period = closed.get(row.content.date) ?? (row.existing ? closed.get(row.existing.date) : undefined);
    return period ? [problemOf(row.line, 'date', periodClosedMessage(what, period))] : [];
  });
}
