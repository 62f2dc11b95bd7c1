import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/**
 * The files of a zip archive, by path, read with Node's own inflate: the spreadsheet is
 * checked by a reader that shares nothing with the code that wrote it.
 */
export function unzip(archive: Buffer): Map<string, string> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('Not a zip archive: no end of central directory.');
  const count = archive.readUInt16LE(end + 10);
  let entry = archive.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(entry) !== CENTRAL_DIRECTORY_ENTRY) throw new Error(`Bad central directory entry ${index}.`);
    const method = archive.readUInt16LE(entry + 10);
    const compressedSize = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const extraLength = archive.readUInt16LE(entry + 30);
    const commentLength = archive.readUInt16LE(entry + 32);
    const localHeader = archive.readUInt32LE(entry + 42);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (archive.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) throw new Error(`Bad local header for ${name}.`);
    const dataStart = localHeader + 30 + archive.readUInt16LE(localHeader + 26) + archive.readUInt16LE(localHeader + 28);
    const data = archive.subarray(dataStart, dataStart + compressedSize);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    entry += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** A worksheet's cells as rows of text, a cell left out read as ''. */
export function sheetRows(sheetXml: string): string[][] {
  const rows: string[][] = [];
  for (const [, rowNumber, cells] of sheetXml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
    const row: string[] = [];
    for (const [, column, body] of (cells ?? '').matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/g)) {
      const index = [...(column ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
      const value = /<t[^>]*>(.*?)<\/t>/.exec(body ?? '')?.[1] ?? /<v>(.*?)<\/v>/.exec(body ?? '')?.[1] ?? '';
      while (row.length < index) row.push('');
      row[index] = value
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
    }
    rows[Number(rowNumber) - 1] = row;
  }
  return rows;
}
