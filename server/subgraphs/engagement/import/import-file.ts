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

/** What one kind of import file holds: its columns, what each row is, and how many rows it takes. */
export interface ImportFileLayout {
  columns: readonly string[];
  /** What one row is, e.g. "roundtable", and what many are, "roundtables". */
  rowIs: string;
  rowsAre: string;
  maxRows: number;
}

export const ROUNDTABLES_FILE: ImportFileLayout = {
  columns: ROUNDTABLE_CSV_COLUMNS,
  rowIs: 'roundtable',
  rowsAre: 'roundtables',
  maxRows: MAX_IMPORT_ROWS,
};

const SPLIT_IT = 'Split it into smaller files and import each.';

/** The file's size in the words its limit is given in. */
export function sizeProblem(bytes: number, layout: ImportFileLayout = ROUNDTABLES_FILE): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const kilobytes = Math.ceil(bytes / 1024).toLocaleString('en');
  return `The file is over the 2 MB limit (${kilobytes} kB); an import takes at most 2 MB and ${layout.maxRows.toLocaleString('en')} ${layout.rowsAre}. ${SPLIT_IT}`;
}

function headerProblem(header: readonly string[] | undefined, columns: readonly string[]): string | null {
  const expected = `its first line must be the header, exactly: ${columns.join(',')}`;
  if (!header) return `The file is empty; ${expected}`;
  const names = header.map((name) => name.trim());
  if (names.join(',') === columns.join(',')) return null;
  const missing = columns.filter((column) => !names.includes(column));
  const unexpected = names.filter((name) => !columns.includes(name));
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
export function readImportFile(
  csv: string,
  layout: ImportFileLayout = ROUNDTABLES_FILE,
): { rows: ImportFileRow[]; problems: ImportProblem[] } {
  const { rowIs, rowsAre, maxRows } = layout;
  const tooLarge = sizeProblem(Buffer.byteLength(csv, 'utf8'), layout);
  if (tooLarge) return { rows: [], problems: [{ line: null, column: null, message: tooLarge }] };
  const unreadable = unreadableTextMessage(csv);
  if (unreadable) return { rows: [], problems: [{ line: null, column: null, message: unreadable }] };
  const { records, problems } = parseCsv(csv);
  const [header, ...body] = records;
  const wrongHeader = headerProblem(header?.fields, layout.columns);
  if (wrongHeader) return { rows: [], problems: [{ line: header ? header.line : null, column: null, message: wrongHeader }] };
  if (body.length === 0) {
    return {
      rows: [],
      problems: [
        {
          line: null,
          column: null,
          message: `The file has the header but no ${rowsAre}; add one row per ${rowIs} below it.`,
        },
      ],
    };
  }
  if (body.length > maxRows) {
    const message = `The file has ${body.length.toLocaleString('en')} ${rowsAre}; an import takes at most ${maxRows.toLocaleString('en')}. ${SPLIT_IT}`;
    return { rows: [], problems: [{ line: null, column: null, message }] };
  }
  const unparsed = new Set(problems.map((problem) => problem.line));
  return {
    rows: body.filter((record) => !unparsed.has(record.line)).map((record) => ({ line: record.line, cells: record.fields })),
    problems: problems.map((problem) => ({ line: problem.line, column: null, message: problem.message })),
  };
}
