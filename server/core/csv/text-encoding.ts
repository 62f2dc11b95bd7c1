/**
 * CSV files are read as UTF-8 only. A file saved in another encoding would otherwise be read
 * as garbled text without a word ("AlcaÃ±iz", or "Alca�iz"), and recorded so; it is refused
 * whole instead, with the encoding it looks like and how to save it as UTF-8.
 */

import { type ErrorText, errorMessageIn, errorText, errorTexts } from '../../contract/error-messages';

/** Where a file that is not UTF-8 shows it first, and what it most likely is. */
export interface NotUtf8 {
  /** e.g. "Windows-1252 (Latin-1)" or "UTF-16". */
  encoding: string;
  /** The first line (1 for the first) that is not UTF-8. */
  line: number;
  /** That line around its first such character, as the guessed encoding reads it, so a person recognises it. */
  excerpt: string;
}

const SINGLE_BYTE = 'Windows-1252 (Latin-1)';
/** Characters of the excerpt either side of the first that is not UTF-8. */
const AROUND = 30;

/** UTF-16 has a byte-order mark, or a zero byte beside most characters of plain text. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length > 0 && zeros / sample.length > 0.2;
}

/** Where the first byte that does not start a well-formed UTF-8 sequence is; the decoder itself says whether there is one. */
function firstStrayByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > bytes.length) return at;
    for (let next = at + 1; next < at + length; next += 1) if (((bytes[next] as number) & 0xc0) !== 0x80) return at;
    at += length;
  }
  return 0;
}

/**
 * The text of a file that is UTF-8 (a byte-order mark is dropped), or what it looks like
 * instead: UTF-16, else the single-byte encoding spreadsheets on Windows save by default.
 */
export function decodeUtf8File(bytes: Uint8Array): { text: string } | { notUtf8: NotUtf8 } {
  if (looksUtf16(bytes)) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(0, 4 * AROUND));
    return { notUtf8: { encoding: 'UTF-16', line: 1, excerpt: text.split(/\r?\n/)[0] ?? '' } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: say where, as the guessed encoding reads it (one byte, one character).
  }
  const at = firstStrayByte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
  const lineEnd = bytes.indexOf(0x0a, at);
  const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  const from = Math.max(lineStart, at - AROUND);
  const to = Math.min(lineEnd === -1 ? bytes.length : lineEnd, at + AROUND + 1);
  const excerpt = new TextDecoder('windows-1252').decode(bytes.subarray(from, to)).replace(/\r$/, '');
  return {
    notUtf8: {
      encoding: SINGLE_BYTE,
      line,
      excerpt: `${from > lineStart ? '…' : ''}${excerpt}${to < (lineEnd === -1 ? bytes.length : lineEnd) ? '…' : ''}`,
    },
  };
}

/**
 * The refusal of a file that is not UTF-8, as the command says it. Said when asked, never when
 * the module loads: the dashboard reads files with `decodeUtf8File` and says this in its own words.
 */
export function notUtf8Message(found: NotUtf8): string {
  const howToSave = errorMessageIn(errorText('saveAsUtf8'));
  return `The file is not UTF-8: it looks like ${found.encoding} (line ${found.line} reads "${found.excerpt}" in it). Nothing was imported. ${howToSave}`;
}

/**
 * A file that reached the API as text after being read as UTF-8 when it was not: what could not
 * be read became U+FFFD (�). The bytes are gone, so the encoding is the likely one, not a finding.
 */
export function unreadableText(text: string): ErrorText | null {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return null;
  const line = text.slice(0, at).split('\n').length;
  return errorTexts([errorText('unreadableText', { line, encoding: SINGLE_BYTE }), errorText('saveAsUtf8')]);
}
