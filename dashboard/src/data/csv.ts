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
