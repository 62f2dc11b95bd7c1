import { parseCsv } from '../../../core/csv/parse-csv';
import { unreadableText } from '../../../core/csv/text-encoding';
import { type ErrorText, errorText } from '../../../core/errors';
import { type FileProblem, problemOf } from './import-problems';
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
  /** What its rows record, as the catalogue's texts name them. */
  records: 'roundtables' | 'participants';
  maxRows: number;
}

export const ROUNDTABLES_FILE: ImportFileLayout = {
  columns: ROUNDTABLE_CSV_COLUMNS,
  records: 'roundtables',
  maxRows: MAX_IMPORT_ROWS,
};

/** The file's size in the words its limit is given in. */
export function sizeProblem(bytes: number, layout: ImportFileLayout = ROUNDTABLES_FILE): ErrorText | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return errorText('importTooLarge', { kilobytes: Math.ceil(bytes / 1024), max: layout.maxRows, records: layout.records });
}

function headerProblem(header: readonly string[] | undefined, columns: readonly string[]): ErrorText | null {
  const expected = columns.join(',');
  if (!header) return errorText('importEmptyFile', { header: expected });
  const names = header.map((name) => name.trim());
  if (names.join(',') === columns.join(',')) return null;
  const missing = columns.filter((column) => !names.includes(column));
  const unexpected = names.filter((name) => !columns.includes(name));
  const columnsMissing = missing.join(', ');
  const namesUnexpected = unexpected.map((name) => `"${name}"`).join(', ');
  const differences =
    missing.length && unexpected.length
      ? errorText('importHeaderBoth', { columns: columnsMissing, names: namesUnexpected })
      : missing.length
        ? errorText('importHeaderMissing', { columns: columnsMissing })
        : unexpected.length
          ? errorText('importHeaderUnexpected', { names: namesUnexpected })
          : errorText('importHeaderOrder');
  return errorText('importWrongHeader', { differences, header: expected });
}

/**
 * The rows of an import file, once the file as a whole is fit to read: within the size
 * and row limits, with the expected header. A row the CSV parser could not read is a
 * problem of its line and is left out of the rows.
 */
export function readImportFile(
  csv: string,
  layout: ImportFileLayout = ROUNDTABLES_FILE,
): { rows: ImportFileRow[]; problems: FileProblem[] } {
  const { records: kind, maxRows } = layout;
  const tooLarge = sizeProblem(Buffer.byteLength(csv, 'utf8'), layout);
  if (tooLarge) return { rows: [], problems: [problemOf(null, null, tooLarge)] };
  const unreadable = unreadableText(csv);
  if (unreadable) return { rows: [], problems: [problemOf(null, null, unreadable)] };
  const { records, problems } = parseCsv(csv);
  const [header, ...body] = records;
  const wrongHeader = headerProblem(header?.fields, layout.columns);
  if (wrongHeader) return { rows: [], problems: [problemOf(header ? header.line : null, null, wrongHeader)] };
  if (body.length === 0) return { rows: [], problems: [problemOf(null, null, errorText('importNoRows', { records: kind }))] };
  if (body.length > maxRows) {
    return {
      rows: [],
      problems: [problemOf(null, null, errorText('importTooManyRows', { count: body.length, max: maxRows, records: kind }))],
    };
  }
  const unparsed = new Set(problems.map((problem) => problem.line));
  return {
    rows: body.filter((record) => !unparsed.has(record.line)).map((record) => ({ line: record.line, cells: record.fields })),
    problems: problems.map((problem) => problemOf(problem.line, null, problem.text)),
  };
}
