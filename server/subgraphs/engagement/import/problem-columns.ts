import { type ErrorText, errorText } from '../../../core/errors';
import type { FieldProblem } from '../../../core/validate-input';
import type { RoundtableContent } from '../roundtable/roundtable-content';
import type { RoundtableCsvColumn } from './roundtable-csv';

const COLUMN_OF_FIELD: Record<string, RoundtableCsvColumn> = {
  region: 'region',
  number: 'number',
  date: 'date',
  format: 'format',
  durationMinutes: 'duration_minutes',
  'attendance.participants': 'participants',
  'attendance.participantsMax': 'participants_max',
  'attendance.online': 'online',
  'attendance.onsite': 'onsite',
  'attendance.organisations': 'organisations',
  // The split exceeding the total: the message names online, onsite and participants.
  attendance: 'online',
  categories: 'categories',
  challenges: 'challenges',
  sources: 'source_url',
};

/** What a problem says: its catalogue text, else its English as it came. */
const textOf = (problem: FieldProblem): ErrorText => problem.text ?? errorText('untranslated', { text: problem.message });

/**
 * A problem the form's checks name by input field (e.g. categories.2.code), said in terms
 * of the CSV column to fix; null when no column holds the field.
 */
export function columnProblem(problem: FieldProblem, content: RoundtableContent): { column: RoundtableCsvColumn | null; text: ErrorText } {
  const categoryCount = /^categories\.(\d+)\.participants$/.exec(problem.field);
  if (categoryCount) {
    // Only a count kept from the record can clash: the file gives no category counts.
    const code = content.categories[Number(categoryCount[1])]?.code ?? '';
    return { column: 'participants', text: errorText('csvKeptCount', { code, problem: textOf(problem) }) };
  }
  const [head = '', second] = problem.field.split('.');
  const column = COLUMN_OF_FIELD[second && !/^\d+$/.test(second) ? `${head}.${second}` : head] ?? COLUMN_OF_FIELD[head] ?? null;
  return { column, text: textOf(problem) };
}
