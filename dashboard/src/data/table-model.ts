import type { CsvValue } from './csv';
import { toCsv } from './csv';

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
}

export interface TableModel<Row> {
  columns: Column<Row>[];
  rows: Row[];
}

export function tableCsv<Row>(model: TableModel<Row>): string {
  return toCsv(
    model.columns.map((column) => column.csv),
    model.rows.map((row) => model.columns.map((column) => column.value(row))),
  );
}

export function displayCell<Row>(column: Column<Row>, row: Row): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null || value === undefined ? '' : String(value);
}

/** Min and max columns of a count, so a CSV keeps a range as two numbers and unknown as empty. */
export function rangeColumns<Row>(
  csv: string,
  label: string,
  get: (row: Row) => { min: number; max: number } | null | undefined,
  display: (row: Row) => string,
): Column<Row>[] {
  return [
    { csv: `${csv}_min`, label, value: (row) => get(row)?.min ?? null, display, numeric: true },
    { csv: `${csv}_max`, label, value: (row) => get(row)?.max ?? null, numeric: true, csvOnly: true },
  ];
}
