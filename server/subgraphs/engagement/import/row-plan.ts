import { errorMessageIn } from '../../../core/errors';
import { inputProblems } from '../../../core/validate-input';
import type { RecordedGroup } from '../participant/participation-consistency';
import { type CheckReferences, problemsWith, ruleFindingsOf } from '../roundtable/roundtable-checks';
import { contentFromInput, type RoundtableContent, type RoundtableSnapshot } from '../roundtable/roundtable-content';
import { findingValues } from '../rules/rule-finding.types';
import type { FileProblem } from './import-problems';
import { ImportAction, ImportWarning } from './import-report.types';
import { columnProblem } from './problem-columns';
import {
  type CellProblem,
  cellsFromRecord,
  ROUNDTABLE_CSV_COLUMNS,
  type RoundtableCsvColumn,
  type RoundtableCsvRecord,
  recordFromContent,
} from './roundtable-csv';
import { inputFromRecord, overExisting, type RowSource } from './row-content';

/** A row read from the file, with the problems of its cells and of its region and number. */
export interface ReadRow {
  line: number;
  record: RoundtableCsvRecord;
  problems: CellProblem[];
}

/** A row without problems, and what importing it does. */
export interface PlannedRow {
  line: number;
  record: RoundtableCsvRecord;
  existing: RoundtableSnapshot | null;
  content: RoundtableContent;
  action: ImportAction;
  changedFields: RoundtableCsvColumn[];
  /** The rules' warnings about what the row leaves: it is imported all the same. */
  warnings: ImportWarning[];
}

/** What a later check says about a cell an earlier check already refused is noise: the first reason is kept. */
function addChecks(into: FileProblem[], checks: readonly FileProblem[]): void {
  const refused = new Set(into.map((problem) => problem.column));
  const said = (problem: FileProblem) => errorMessageIn(problem.text);
  for (const check of checks) {
    const repeated = into.some((problem) => problem.column === check.column && said(problem) === said(check));
    if (!refused.has(check.column) && !repeated) into.push(check);
  }
}

/** The columns whose cells would change; source_url only when the row cites a source the roundtable does not have. */
function changedColumns(existing: RoundtableSnapshot, content: RoundtableContent, sourceUrl: string | null): RoundtableCsvColumn[] {
  const before = cellsFromRecord(recordFromContent(existing, null));
  const after = cellsFromRecord(recordFromContent(content, null));
  const changed = ROUNDTABLE_CSV_COLUMNS.filter((column, index) => column !== 'source_url' && before[index] !== after[index]);
  if (sourceUrl && !existing.sources.some((source) => source.url === sourceUrl)) changed.push('source_url');
  return changed;
}

/**
 * Checks one row as the form checks a roundtable (its field rules, then problemsWith over
 * the content it would leave and, over an existing roundtable, its participant records), and
 * says what importing it does: every problem of the row,
 * or its action and the columns it changes.
 */
export async function planRow(
  taxonomies: CheckReferences,
  row: ReadRow,
  existing: { snapshot: RoundtableSnapshot; participations: readonly RecordedGroup[] } | null,
  source: RowSource | null,
): Promise<PlannedRow | { problems: FileProblem[] }> {
  const { line, record } = row;
  const input = inputFromRecord(record, source);
  const fromInput = contentFromInput(input);
  const content = existing ? overExisting(fromInput, existing.snapshot) : fromInput;
  const inLine = (found: { column: string | null; text: FileProblem['text'] }): FileProblem => ({ line, ...found });

  const problems: FileProblem[] = [];
  addChecks(problems, row.problems.map(inLine));
  const fieldProblems = await inputProblems(input);
  addChecks(
    problems,
    fieldProblems.map((problem) => inLine(columnProblem(problem, content))),
  );
  const acrossFields = problemsWith(content, taxonomies, existing?.participations);
  addChecks(
    problems,
    acrossFields.map((problem) => ({
      ...inLine(columnProblem(problem, content)),
      ...(problem.ruleCode ? { ruleCode: problem.ruleCode } : {}),
    })),
  );
  if (problems.length > 0) return { problems };
  // No source_url is no refusal, as in the form: a new row is then the platform's own record, and
  // over an existing roundtable the sources it has stay, as everything else a CSV cannot say.
  const changedFields = existing ? changedColumns(existing.snapshot, content, record.sourceUrl) : [];

  const action = !existing ? ImportAction.CREATE : changedFields.length > 0 ? ImportAction.UPDATE : ImportAction.UNCHANGED;
  const warnings = ruleFindingsOf(content, taxonomies.project)
    .filter((finding) => finding.severity === 'WARNING')
    .map((finding) => {
      const texts = taxonomies.ruleTexts.get(finding.ruleCode);
      return Object.assign(new ImportWarning(), {
        column: columnProblem({ field: finding.field, message: '' }, content).column,
        ruleCode: finding.ruleCode,
        values: findingValues(finding),
        texts,
        facts: finding.values,
      });
    });
  return { line, record, existing: existing?.snapshot ?? null, content, action, changedFields, warnings };
}
