/**
 * A CSV file is read as UTF-8 only, as the API and `pnpm sira import roundtables` read it: a
 * file saved in another encoding would reach the check as garbled text ("Alca�iz"). It is
 * refused here instead, naming the encoding it looks like, so the person can save it again.
 * The same guess as the server's (server/core/csv/text-encoding.ts), kept here so the page
 * needs nothing of the server's code.
 */
export type FileText = { text: string } | { notUtf8: { encoding: string; line: number; excerpt: string } };

const SINGLE_BYTE = 'Windows-1252 (Latin-1)';
const AROUND = 30;

/** UTF-16 has a byte-order mark, or a zero byte beside most characters of plain text. */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.filter((byte) => byte === 0).length;
  return sample.length > 0 && zeros / sample.length > 0.2;
}

/** Where the first byte that does not start a well-formed UTF-8 sequence is. */
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

/** The text of a UTF-8 file (a byte-order mark dropped), or where and how it is not UTF-8. */
export function fileText(bytes: Uint8Array): FileText {
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
  const lineEnd = bytes.indexOf(0x0a, at) === -1 ? bytes.length : bytes.indexOf(0x0a, at);
  const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
  const from = Math.max(lineStart, at - AROUND);
  const to = Math.min(lineEnd, at + AROUND + 1);
  const excerpt = new TextDecoder('windows-1252').decode(bytes.subarray(from, to)).replace(/\r$/, '');
  return { notUtf8: { encoding: SINGLE_BYTE, line, excerpt: `${from > lineStart ? '…' : ''}${excerpt}${to < lineEnd ? '…' : ''}` } };
}
