import { decodeUtf8File as fileText } from '../../../../../server/core/csv/text-encoding';
import { editingEn } from '../../../app/i18n/messages/editing-en';
import { editingEs } from '../../../app/i18n/messages/editing-es';

const HEADER = 'region,number,date\n';
const bytes = (text: string, encoding: BufferEncoding) => new Uint8Array(Buffer.from(text, encoding));

describe('reading an import file', () => {
  it('reads UTF-8, a byte-order mark dropped', () => {
    const text = `${HEADER}teruel,1,2021-06-10,Alcañiz\n`;
    expect(fileText(bytes(`\uFEFF${text}`, 'utf8'))).toEqual({ text });
  });

  it('refuses a Latin-1 file, naming the encoding and where it shows', () => {
    expect(fileText(bytes(`${HEADER}teruel,1,2021-06-10,Alcañiz\n`, 'latin1'))).toEqual({
      notUtf8: { encoding: 'Windows-1252 (Latin-1)', line: 2, excerpt: 'teruel,1,2021-06-10,Alcañiz' },
    });
  });

  it('names UTF-16', () => {
    expect(fileText(bytes(`\uFEFF${HEADER}`, 'utf16le'))).toMatchObject({ notUtf8: { encoding: 'UTF-16', line: 1 } });
  });

  it('says how to save as UTF-8, in both languages', () => {
    expect(editingEn['import.notUtf8']).toContain('{encoding}');
    expect(editingEn['import.notUtf8']).toContain('CSV UTF-8');
    expect(editingEs['import.notUtf8']).toContain('{encoding}');
    expect(editingEs['import.notUtf8']).toContain('CSV UTF-8');
  });
});
