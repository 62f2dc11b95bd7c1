import { parseCsv } from '../../../core/csv/parse-csv';
import { unreadableTextMessage } from '../../../core/csv/text-encoding';
import type { ImportProblem } from './import-report.types';
import { ROUNDTABLE_CSV_COLUMNS } from './roundtable-csv';

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface ImportFileRow {
  line: number;
  cells: string[];
}

const HEADER = ROUNDTABLE_CSV_COLUMNS.join(',');
const SPLIT_IT = 'Split it into smaller files and import each.';

/** The file's size in the words its limit is given in. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const kilobytes = Math.ceil(bytes / 1024).toLocaleString('en');
  return `The file is over the 2 MB limit (${kilobytes} kB); an import takes at most 2 MB and ${MAX_IMPORT_ROWS.toLocaleString('en')} roundtables. ${SPLIT_IT}`;
}

function headerProblem(header: readonly string[] | undefined): string | null {
  const expected = `its first line must be the header, exactly: ${HEADER}`;
  if (!header) return `The file is empty; ${expected}`;
  const names = header.map((name) => name.trim());
  if (names.join(',') === HEADER) return null;
  const missing = ROUNDTABLE_CSV_COLUMNS.filter((column) => !names.includes(column));
  const unexpected = names.filter((name) => !(ROUNDTABLE_CSV_COLUMNS as readonly string[]).includes(name));
  const differences = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    unexpected.length ? `not expected ${unexpected.map((name) => `"${name}"`).join(', ')}` : '',
  ].filter(Boolean);
  return `The header is not the expected one (${differences.length ? differences.join('; ') : 'the columns are in another order or repeated'}); ${expected}`;
}

/**
 * The rows of an import file, once the file as a whole is fit to read: within the size
 * and row limits, with the expected header. A row the CSV parser could not read is a
 * problem of its line and is left out of the rows.
 */
export function readImportFile(csv: string): { rows: ImportFileRow[]; problems: ImportProblem[] } {
  const tooLarge = sizeProblem(Buffer.byteLength(csv, 'utf8'));
  if (tooLarge) return { rows: [], problems: [{ line: null, column: null, message: tooLarge }] };
  const unreadable = unreadableTextMessage(csv);
  if (unreadable) return { rows: [], problems: [{ line: null, column: null, message: unreadable }] };
  const { records, problems } = parseCsv(csv);
  const [header, ...body] = records;
  const wrongHeader = headerProblem(header?.fields);
  if (wrongHeader) return { rows: [], problems: [{ line: header ? header.line : null, column: null, message: wrongHeader }] };
  if (body.length === 0) {
    return {
      rows: [],
      problems: [{ line: null, column: null, message: 'The file has the header but no roundtables; add one row per roundtable below it.' }],
    };
  }
  if (body.length > MAX_IMPORT_ROWS) {
    const message = `The file has ${body.length.toLocaleString('en')} roundtables; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en')}. ${SPLIT_IT}`;
    return { rows: [], problems: [{ line: null, column: null, message }] };
  }
  const unparsed = new Set(problems.map((problem) => problem.line));
  return {
    rows: body.filter((record) => !unparsed.has(record.line)).map((record) => ({ line: record.line, cells: record.fields })),
    problems: problems.map((problem) => ({ line: problem.line, column: null, message: problem.message })),
  };
}
