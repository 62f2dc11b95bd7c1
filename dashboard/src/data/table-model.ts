import type { CsvValue } from './csv';
import { toCsv } from './csv';
import { isSuppressed, type WithSuppressed } from './suppression';

/**
 * One description of a chart's data, from which the table view, the CSV download and the
 * screen-reader text are all made: what is drawn is exactly what is downloaded.
 */
export interface Column<Row> {
  /** Stable machine header for the CSV (snake_case, English). */
  csv: string;
  /** Header shown to people, in their language. */
  label: string;
  value(row: Row): CsvValue;
  display?(row: Row): string;
  numeric?: boolean;
  /** In the CSV only: e.g. the max of a range, which the table shows with its min. */
  csvOnly?: boolean;
  /** The API field this column shows, as named in a row's `suppressed` list. */
  field?: string;
}

export interface TableModel<Row> {
  columns: Column<Row>[];
  rows: Row[];
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
 * suppressed) as empty. `field` names the count in the API, for `withSuppressedColumn`.
 */
export function rangeColumns<Row>(
  csv: string,
  label: string,
  get: (row: Row) => { min: number; max: number } | null | undefined,
  display: (row: Row) => string,
  field?: string,
): Column<Row>[] {
  return [
    { csv: `${csv}_min`, label, value: (row) => get(row)?.min ?? null, display, numeric: true, field },
    { csv: `${csv}_max`, label, value: (row) => get(row)?.max ?? null, numeric: true, csvOnly: true, field },
  ];
}

const countName = <Row>(column: Column<Row>) => column.csv.replace(/_(min|max)$/, '');

/**
 * Adds a CSV column `suppressed` naming, per row, the counts left empty because they were
 * withheld, so a reader of the file can tell them from unknown ones. Only when some row
 * has one: a table without suppression keeps the columns it always had.
 */
export function withSuppressedColumn<Row extends WithSuppressed>(model: TableModel<Row>): TableModel<Row> {
  const countColumns = model.columns.filter((column) => column.field !== undefined);
  const suppressedNames = (row: Row) => [
    ...new Set(countColumns.filter((column) => isSuppressed(row, column.field as string)).map(countName)),
  ];
  if (!model.rows.some((row) => suppressedNames(row).length > 0)) return model;
  return {
    ...model,
    columns: [...model.columns, { csv: 'suppressed', label: '', value: (row) => suppressedNames(row).join(';'), csvOnly: true }],
  };
}
