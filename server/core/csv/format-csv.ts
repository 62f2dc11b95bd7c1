const NEEDS_QUOTES = /[",\r\n]/;

/** A field as RFC 4180 writes it: quoted, with quotes doubled, only when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records as RFC 4180 CSV: CRLF after every record, the last one included. */
export function formatCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
