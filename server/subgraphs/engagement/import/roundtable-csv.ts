import { type ErrorText, errorText } from '../../../core/errors';
import { parseIsoDate } from '../../../core/validation';
import type { RoundtableContent } from '../roundtable/roundtable-content';
import { RoundtableFormat } from '../roundtable/roundtable-format';

/** The columns of the roundtables CSV, in order: the import's header and the export's. */
export const ROUNDTABLE_CSV_COLUMNS = [
  'region',
  'number',
  'date',
  'format',
  'duration_minutes',
  'participants',
  'participants_max',
  'online',
  'onsite',
  'organisations',
  'categories',
  'challenges',
  'source_url',
] as const;

export type RoundtableCsvColumn = (typeof ROUNDTABLE_CSV_COLUMNS)[number];

/** The part of a roundtable one CSV row can say; null is a figure that was not published. */
export interface RoundtableCsvRecord {
  region: string;
  number: number;
  date: string;
  format: RoundtableFormat | null;
  durationMinutes: number | null;
  /** The exact count, or the minimum when participantsMax is given. */
  participants: number | null;
  participantsMax: number | null;
  online: number | null;
  onsite: number | null;
  organisations: number | null;
  /** Stakeholder category codes present. */
  categories: string[];
  /** Challenge codes raised, in the order they were reported; a code twice is two mentions. */
  challenges: string[];
  sourceUrl: string | null;
}

/** A cell that cannot be read, and what to write in it instead (a text of the error catalogue). */
export interface CellProblem {
  column: RoundtableCsvColumn;
  text: ErrorText;
}

const LIST_SEPARATOR = ';';

/**
 * Reads one row's cells (in ROUNDTABLE_CSV_COLUMNS order) into a record, naming every cell
 * that cannot be read. A cell that cannot be read leaves its value empty, or 0 for the
 * required number, so the checks that follow still see the rest of the row.
 */
export function recordFromCells(cells: readonly string[]): { record: RoundtableCsvRecord; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cell = (column: RoundtableCsvColumn) => (cells[ROUNDTABLE_CSV_COLUMNS.indexOf(column)] ?? '').trim();
  const problem = (column: RoundtableCsvColumn, text: ErrorText) => {
    problems.push({ column, text });
    return null;
  };

  const count = (column: RoundtableCsvColumn): number | null => {
    const text = cell(column);
    if (text === '') return null;
    if (!/^\d+$/.test(text)) return problem(column, errorText('csvNotAWholeNumber', { value: text }));
    // Past 15 digits a number is no longer read exactly; the form's rules name each count's own limit.
    if (text.replace(/^0+(?=\d)/, '').length > 15) return problem(column, errorText('csvTooManyDigits', { value: text }));
    return Number(text);
  };

  const required = (column: RoundtableCsvColumn, missing: ErrorText): string => {
    const text = cell(column);
    if (text === '') problem(column, missing);
    return text;
  };

  const codes = (column: RoundtableCsvColumn): string[] =>
    cell(column)
      .split(LIST_SEPARATOR)
      .map((code) => code.trim())
      .filter(Boolean);

  const region = required('region', errorText('csvRegionRequired'));
  const number = cell('number') === '' ? problem('number', errorText('csvNumberRequired')) : count('number');
  const date = required('date', errorText('csvDateRequired'));
  if (date !== '') {
    try {
      parseIsoDate(date, 'date');
    } catch {
      problem('date', errorText('csvNotARealDate', { value: date }));
    }
  }

  return {
    record: {
      region,
      number: number ?? 0,
      date,
      format: formatFrom(cell('format'), problem),
      durationMinutes: count('duration_minutes'),
      participants: count('participants'),
      participantsMax: count('participants_max'),
      online: count('online'),
      onsite: count('onsite'),
      organisations: count('organisations'),
      categories: codes('categories'),
      challenges: codes('challenges'),
      sourceUrl: cell('source_url') || null,
    },
    problems: problems.sort((a, b) => ROUNDTABLE_CSV_COLUMNS.indexOf(a.column) - ROUNDTABLE_CSV_COLUMNS.indexOf(b.column)),
  };
}

function formatFrom(text: string, problem: (column: RoundtableCsvColumn, text: ErrorText) => null): RoundtableFormat | null {
  if (text === '') return null;
  const format = text.toUpperCase();
  if ((Object.values(RoundtableFormat) as string[]).includes(format)) return format as RoundtableFormat;
  return problem('format', errorText('csvNotAFormat', { value: text }));
}

/** A record as the cells of its CSV row: counts in digits, formats in lower case, unknowns empty. */
export function cellsFromRecord(record: RoundtableCsvRecord): string[] {
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  return [
    record.region,
    String(record.number),
    record.date,
    record.format?.toLowerCase() ?? '',
    text(record.durationMinutes),
    text(record.participants),
    text(record.participantsMax),
    text(record.online),
    text(record.onsite),
    text(record.organisations),
    record.categories.join(LIST_SEPARATOR),
    record.challenges.join(LIST_SEPARATOR),
    text(record.sourceUrl),
  ];
}

/**
 * What a CSV row would say about recorded content. An exact count leaves participants_max
 * empty; categories, a set, come sorted, so listing them in another order changes nothing.
 */
export function recordFromContent(content: RoundtableContent, sourceUrl: string | null): RoundtableCsvRecord {
  const a = content.attendance;
  return {
    region: content.regionSlug,
    number: content.number,
    date: content.date,
    format: (content.format as RoundtableFormat | null) ?? null,
    durationMinutes: content.durationMinutes,
    participants: a?.totalMin ?? null,
    participantsMax: a && a.totalMax !== a.totalMin ? a.totalMax : null,
    online: a?.onlineMin ?? null,
    onsite: a?.onsiteMin ?? null,
    organisations: a?.organisations ?? null,
    categories: content.categories.map((category) => category.code).sort(),
    challenges: content.challenges.map((challenge) => challenge.code),
    sourceUrl,
  };
}
