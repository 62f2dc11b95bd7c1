export type CsvValue = string | number | boolean | null | undefined;

/** RFC 4180 text: fields with a comma, quote or line break are quoted; empty means unknown. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const field = (value: CsvValue) => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

/**
 * The rows of RFC 4180 text: quoted fields may hold commas, doubled quotes and line
 * breaks; lines end in CRLF or LF, and a final line break adds no empty row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  // The last line may lack its line break; it is a row all the same.
  if (quoted || (text !== '' && !/[\r\n]$/.test(text))) rows.push([...row, field]);
  return rows;
}

// Plain decimals only: codes with leading zeros, and digits past double precision, stay text.
const PLAIN_NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d+)?$/;

/**
 * The header and cells of a CSV, as a spreadsheet should hold them: an empty cell stays
 * empty (unknown, never 0) and a plain number becomes a number, so sums work on it.
 */
export function csvTable(text: string): { header: string[]; rows: CsvValue[][] } {
  const [header = [], ...rows] = parseCsv(text);
  const cell = (value: string): CsvValue => (value === '' ? null : PLAIN_NUMBER.test(value) ? Number(value) : value);
  return { header, rows: rows.map((row) => row.map(cell)) };
}
