import type { CsvValue } from './csv';
import { toCsv } from './csv';
import { reasonsAmong, type WithheldLabels, type Withholding } from './withholding';

/**
 * One description of a chart's data, from which the table view, the CSV download and the
 * screen-reader text are all made: what is drawn is exactly what is downloaded.
 */
export interface Column<Row> {
  /** Stable machine header for the CSV (snake_case, English); the withheld column's alone is in the reader's language. */
  csv: string;
  /** Header shown to people, in their language. */
  label: string;
  value(row: Row): CsvValue;
  display?(row: Row): string;
  numeric?: boolean;
  /** In the CSV only: e.g. the max of a range, which the table shows with its min. */
  csvOnly?: boolean;
  /** Why this cell's count is withheld from this viewer, if it is: its value is then empty, never 0. */
  withheld?(row: Row): Withholding | null | undefined;
}

export interface TableModel<Row> {
  columns: Column<Row>[];
  rows: Row[];
  /** The reasons some count in these rows is withheld, for the note under the table; absent when none is. */
  withheld?: Withholding[];
  /** What the table view says when it has no row, e.g. that nothing was recorded; the CSV then has its header alone. */
  empty?: string;
}

/** The header and cells every download writes, CSV or spreadsheet alike. */
export function tableCells<Row>(model: TableModel<Row>): { header: string[]; rows: CsvValue[][] } {
  return {
    header: model.columns.map((column) => column.csv),
    rows: model.rows.map((row) => model.columns.map((column) => column.value(row))),
  };
}

export function tableCsv<Row>(model: TableModel<Row>): string {
  const { header, rows } = tableCells(model);
  return toCsv(header, rows);
}

export function displayCell<Row>(column: Column<Row>, row: Row): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Min and max columns of a count, so a CSV keeps a range as two numbers and unknown (or
 * withheld) as empty. `withheld` says why a row's count is withheld, for `withWithheldColumn`.
 */
export function rangeColumns<Row>(
  csv: string,
  label: string,
  get: (row: Row) => { min: number; max: number } | null | undefined,
  display: (row: Row) => string,
  withheld?: (row: Row) => Withholding | null | undefined,
): Column<Row>[] {
  return [
    { csv: `${csv}_min`, label, value: (row) => get(row)?.min ?? null, display, numeric: true, withheld },
    { csv: `${csv}_max`, label, value: (row) => get(row)?.max ?? null, numeric: true, csvOnly: true, withheld },
  ];
}

const countName = <Row>(column: Column<Row>) => column.csv.replace(/_(min|max)$/, '');

/** The withheld counts of a row, each once, named as its CSV columns are: e.g. `onsite` for onsite_min and onsite_max. */
export function withheldCounts<Row>(columns: readonly Column<Row>[], row: Row): { count: string; reason: Withholding }[] {
  const counts = new Map<string, Withholding>();
  for (const column of columns) {
    const reason = column.withheld?.(row);
    if (reason && !counts.has(countName(column))) counts.set(countName(column), reason);
  }
  return [...counts].map(([count, reason]) => ({ count, reason }));
}

/**
 * Adds a column, headed in the reader's language, naming per row each count left empty
 * because it was withheld and why, e.g. "online: Withheld to protect a small count; onsite:
 * Fewer than 5", so a reader of the file can tell them from unknown ones. Only when some row
 * has one: a table without withheld counts keeps the columns it always had.
 */
export function withWithheldColumn<Row>(model: TableModel<Row>, header: string, labels: WithheldLabels): TableModel<Row> {
  const reasons = reasonsAmong(model.rows.flatMap((row) => withheldCounts(model.columns, row).map((count) => count.reason)));
  if (reasons.length === 0) return model;
  const text = (row: Row) =>
    withheldCounts(model.columns, row)
      .map(({ count, reason }) => `${count}: ${labels[reason]}`)
      .join('; ');
  return {
    ...model,
    withheld: reasons,
    columns: [...model.columns, { csv: header, label: header, value: text, csvOnly: true }],
  };
}

/**
 * Adds a column, headed in the reader's language, saying in words what a row's empty cells
 * mean where they are neither unknown nor withheld, e.g. "No records" for a region without
 * roundtables, or "online: mode not published". Only when some row has such a note.
 */
export function withNotesColumn<Row>(model: TableModel<Row>, header: string, note: (row: Row) => string | undefined): TableModel<Row> {
  if (!model.rows.some((row) => note(row))) return model;
  return { ...model, columns: [...model.columns, { csv: header, label: header, value: (row) => note(row) ?? null, csvOnly: true }] };
}
