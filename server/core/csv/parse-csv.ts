import { type ErrorText, errorMessageIn, errorText } from '../../contract/error-messages';

/** One record of a CSV file, with the line it starts on (1-based; a quoted line break moves later records down). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  /** What is wrong, in English. */
  message: string;
  /** The same from the error catalogue, for a report in the reader's language. */
  text: ErrorText;
}

const problemAt = (line: number, text: ErrorText): CsvProblem => ({ line, message: errorMessageIn(text), text });

export interface ParsedCsv {
  records: CsvRecord[];
  problems: CsvProblem[];
}

const BOM = '\uFEFF';

/**
 * Reads CSV as RFC 4180 writes it: fields separated by commas, records by CRLF or LF,
 * quoted fields holding commas, line breaks and doubled quotes; a leading UTF-8 byte-order
 * mark is dropped. Empty lines are skipped. A record with another number of fields than
 * the first one (the header) is returned with a problem, so the caller can name its line.
 */
export function parseCsv(text: string): ParsedCsv {
  const source = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let line = 1;
  let position = 0;

  const atLineBreak = () => source[position] === '\n' || source[position] === '\r';
  const skipLineBreak = () => {
    position += source[position] === '\r' && source[position + 1] === '\n' ? 2 : 1;
    line += 1;
  };

  const quotedField = (startLine: number): string => {
    let value = '';
    position += 1;
    for (;;) {
      if (position >= source.length) {
        problems.push(problemAt(startLine, errorText('csvQuoteNotClosed')));
        return value;
      }
      const char = source[position] as string;
      if (char === '"') {
        if (source[position + 1] === '"') {
          value += '"';
          position += 2;
          continue;
        }
        position += 1;
        return value;
      }
      if (char === '\r' || char === '\n') {
        const breakLength = char === '\r' && source[position + 1] === '\n' ? 2 : 1;
        value += source.slice(position, position + breakLength);
        position += breakLength;
        line += 1;
        continue;
      }
      value += char;
      position += 1;
    }
  };

  const unquotedField = (): string => {
    const start = position;
    while (position < source.length && source[position] !== ',' && !atLineBreak()) position += 1;
    return source.slice(start, position);
  };

  while (position < source.length) {
    const recordLine = line;
    if (atLineBreak()) {
      skipLineBreak();
      continue;
    }
    const fields: string[] = [];
    for (;;) {
      let field: string;
      if (source[position] === '"') {
        const fieldLine = line;
        field = quotedField(fieldLine);
        if (position < source.length && source[position] !== ',' && !atLineBreak()) {
          problems.push(problemAt(fieldLine, errorText('csvTextAfterQuote')));
          field += unquotedField();
        }
      } else {
        field = unquotedField();
        if (field.includes('"')) {
          problems.push(problemAt(recordLine, errorText('csvStrayQuote')));
        }
      }
      fields.push(field);
      if (source[position] === ',') {
        position += 1;
        continue;
      }
      if (position < source.length) skipLineBreak();
      break;
    }
    records.push({ line: recordLine, fields });
  }

  const expected = records[0]?.fields.length;
  for (const record of records.slice(1)) {
    if (record.fields.length !== expected) {
      problems.push(problemAt(record.line, errorText('csvFieldCount', { count: record.fields.length, expected: expected ?? 0 })));
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { records, problems };
}
