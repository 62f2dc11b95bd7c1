import type { ImportFileRow } from './import-file';
import type { ImportProblem } from './import-report.types';

/**
 * A line whose first cell starts with # is a note, not a record: the template's example row is
 * one, so a template imported untouched writes nothing and overwrites nothing. No region slug
 * (nor any other key a row starts with) begins with #.
 */
export const isNote = (row: ImportFileRow): boolean => (row.cells[0] ?? '').trimStart().startsWith('#');

/** The file's rows without its notes, and, when notes were all it had, the problem that says so. */
export function withoutNotes(rows: readonly ImportFileRow[], rowsAre: string): { rows: ImportFileRow[]; problems: ImportProblem[] } {
  const kept = rows.filter((row) => !isNote(row));
  if (kept.length > 0 || rows.length === 0) return { rows: kept, problems: [] };
  const message = `The file has the header but no ${rowsAre}: lines starting with # are notes, such as the template's example, and are skipped; add one row per ${rowsAre.replace(/s$/, '')} below the header.`;
  return { rows: [], problems: [{ line: null, column: null, message }] };
}
