import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { Role, type Viewer } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { badInput, DomainError, ErrorCode, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import { timeImport } from '../../../core/observability/metrics';
import type { FieldProblem } from '../../../core/validate-input';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { problemsOfEach } from '../participant/participant-checks';
import type { ParticipantContent } from '../participant/participant-content';
import type { ParticipationMode } from '../participant/participant-enums';
import { participantRecords, recordParticipants } from '../participant/participant-store';
import { assertFiguresChangeable } from '../review/record-locks';
import { readImportFile } from './import-file';
import { withoutNotes } from './import-notes';
import { type FileProblem, problemsSaid } from './import-problems';
import { PARTICIPANT_CSV_COLUMNS, PARTICIPANTS_FILE, type ParticipantCsvColumn, participantFromCells } from './participant-csv';
import type { ParticipantImportReport, ParticipantImportRow } from './participant-import-report.types';

interface TargetRoundtable {
  id: string;
  regionSlug: string;
  number: number;
  format: string | null;
}

interface ReadRow {
  line: number;
  content: ParticipantContent;
  problems: FileProblem[];
}

/** The column a participant check's field is fixed in; null for what no cell holds. */
function columnOf(field: string): ParticipantCsvColumn | null {
  if (field === 'category') return 'category';
  if (/^participations\.\d+\.mode$/.test(field)) return 'mode';
  return null;
}

/**
 * Imports the participants of one roundtable from CSV, one row a participant, each recorded
 * anew (a pseudonymous record has no key a file could match). The roundtable must be open to
 * change; the whole file is checked before anything is written and written in one transaction,
 * so a single bad row leaves the database as it was; a dry run stops after the checks.
 */
export class ParticipantImportService {
  private readonly records;

  constructor(
    private readonly db: DataSource,
    audit: EngagementAuditService,
  ) {
    this.records = participantRecords(db, audit);
  }

  /** Timed for /metrics (sira_import_duration_seconds). */
  import(actor: Actor, roundtableId: string, csv: string, dryRun: boolean): Promise<ParticipantImportReport> {
    return timeImport('participants', dryRun, () => this.importFile(actor, roundtableId, csv, dryRun));
  }

  private async importFile(actor: Actor, roundtableId: string, csv: string, dryRun: boolean): Promise<ParticipantImportReport> {
    mayImport(actor.viewer);
    if (!UUID.test(roundtableId)) throw badInput(errorText('notARoundtableId', { id: roundtableId }));
    return writeTransaction(this.db, async (manager) => {
      const roundtable = await this.roundtable(manager, roundtableId.toLowerCase());
      assertMayEditRegion(actor.viewer, roundtable.regionSlug);
      await assertFiguresChangeable(manager, [roundtable.id], 'roundtableParticipants');
      const read = readImportFile(csv, PARTICIPANTS_FILE);
      // The template's examples are # notes, as the roundtables template's are: imported untouched, it records no one.
      const notesLeftOut = withoutNotes(read.rows, PARTICIPANTS_FILE.records);
      const rows = await this.plan(manager, roundtable, notesLeftOut.rows);
      const problems = [...read.problems, ...notesLeftOut.problems, ...rows.flatMap((row) => row.problems)];
      // A file without rows has a problem of its own, so an empty import is never valid.
      if (problems.length > 0 || dryRun) return report(rows, problems, dryRun, false);
      await recordParticipants(
        manager,
        this.records,
        actor,
        rows.map((row) => row.content),
        AuditAction.IMPORT,
      );
      return report(rows, problems, dryRun, true);
    });
  }

  /** Each row read and checked as the sheet's rows are: its cells, then the checks across records. */
  private async plan(manager: EntityManager, roundtable: TargetRoundtable, fileRows: readonly { line: number; cells: string[] }[]) {
    const fixedMode = roundtable.format === 'ONLINE' || roundtable.format === 'ONSITE' ? (roundtable.format as ParticipationMode) : null;
    const rows: ReadRow[] = fileRows.map(({ line, cells }) => {
      const { record, problems } = participantFromCells(cells);
      const mode = record.mode ?? fixedMode;
      if (!mode && !problems.some((problem) => problem.column === 'mode')) {
        problems.push({
          column: 'mode',
          text: errorText('csvModeRequired', { number: roundtable.number, format: roundtable.format ?? 'none' }),
        });
      }
      return {
        line,
        problems: problems.map((problem) => ({ line, ...problem })),
        content: {
          regionSlug: roundtable.regionSlug,
          categoryCode: record.category,
          newcomer: record.newcomer,
          gender: record.gender,
          ageBand: record.ageBand,
          organisationSlug: record.organisation,
          participations: mode ? [{ roundtableId: roundtable.id, mode }] : [],
        },
      };
    });
    const checks = await problemsOfEach(
      rows.map((row) => row.content),
      manager,
    );
    rows.forEach((row, index) => {
      addChecks(row, checks[index] ?? []);
    });
    for (const row of rows) row.problems.sort((a, b) => columnOrder(a) - columnOrder(b));
    return rows;
  }

  private async roundtable(manager: EntityManager, id: string): Promise<TargetRoundtable> {
    const [found]: TargetRoundtable[] = await manager.query(
      `SELECT id, region_slug AS "regionSlug", number, format FROM engagement.roundtable WHERE id = $1 FOR SHARE`,
      [id],
    );
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noRoundtable', { ids: id }));
    return found;
  }
}

/** What a check says about a cell already refused is noise: the first reason is kept. */
function addChecks(row: ReadRow, checks: readonly FieldProblem[]): void {
  for (const check of checks) {
    const column = columnOf(check.field);
    if (row.problems.some((problem) => problem.column === column)) continue;
    row.problems.push({ line: row.line, column, text: check.text ?? errorText('untranslated', { text: check.message }) });
  }
}

const columnOrder = (problem: FileProblem) => PARTICIPANT_CSV_COLUMNS.indexOf(problem.column as ParticipantCsvColumn);

function mayImport(viewer: Viewer): void {
  if (viewer.role === Role.ADMIN || viewer.role === Role.COORDINATOR) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('importForEditors', { records: 'participants', role: viewer.role }));
}

function report(rows: readonly ReadRow[], problems: readonly FileProblem[], dryRun: boolean, written: boolean): ParticipantImportReport {
  const clean = rows.filter((row) => row.problems.length === 0);
  return {
    valid: problems.length === 0,
    dryRun,
    written,
    created: problems.length === 0 ? clean.length : 0,
    rows: clean.map(({ line, content }): ParticipantImportRow => {
      const [participation] = content.participations;
      return {
        line,
        category: content.categoryCode,
        newcomer: content.newcomer,
        gender: content.gender,
        ageBand: content.ageBand,
        organisation: content.organisationSlug,
        mode: participation?.mode as ParticipationMode,
      };
    }),
    errors: problemsSaid([...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || columnOrder(a) - columnOrder(b))),
  };
}
