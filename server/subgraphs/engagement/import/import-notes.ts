import { errorText } from '../../../core/errors';
import type { ImportFileLayout, ImportFileRow } from './import-file';
import { type FileProblem, problemOf } from './import-problems';

/**
 * A line whose first cell starts with # is a note, not a record: the template's example row is
 * one, so a template imported untouched writes nothing and overwrites nothing. No region slug
 * (nor any other key a row starts with) begins with #.
 */
export const isNote = (row: ImportFileRow): boolean => (row.cells[0] ?? '').trimStart().startsWith('#');

/** The file's rows without its notes, and, when notes were all it had, the problem that says so. */
export function withoutNotes(
  rows: readonly ImportFileRow[],
  records: ImportFileLayout['records'],
): { rows: ImportFileRow[]; problems: FileProblem[] } {
  const kept = rows.filter((row) => !isNote(row));
  if (kept.length > 0 || rows.length === 0) return { rows: kept, problems: [] };
  return { rows: [], problems: [problemOf(null, null, errorText('importOnlyNotes', { records }))] };
}
