import { errorMessageIn } from '../../errors';
import { decodeUtf8File, notUtf8Message, unreadableText } from '../text-encoding';

const HEADER = 'region,number,date\n';
const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('reading a CSV file as UTF-8 only', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const text = `${HEADER}teruel,1,2021-06-10,Alcañiz\n`;
    expect(decodeUtf8File(Buffer.from(text, 'utf8'))).toEqual({ text });
    expect(decodeUtf8File(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text });
  });

  it('refuses a Latin-1 file, naming the encoding and the first line that shows it', () => {
    const found = decodeUtf8File(latin1(`${HEADER}soria,3,2021-11-24\nteruel,1,2021-06-10,Alcañiz\n`));
    expect(found).toEqual({ notUtf8: { encoding: 'Windows-1252 (Latin-1)', line: 3, excerpt: 'teruel,1,2021-06-10,Alcañiz' } });
    const message = notUtf8Message((found as { notUtf8: Parameters<typeof notUtf8Message>[0] }).notUtf8);
    expect(message).toMatch(
      /^The file is not UTF-8: it looks like Windows-1252 \(Latin-1\) \(line 3 reads "teruel,1,2021-06-10,Alcañiz" in it\)/,
    );
    expect(message).toContain('CSV UTF-8 (Comma delimited)');
  });

  it('names UTF-16, as spreadsheets save "Unicode text"', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER, 'utf16le')]);
    expect(decodeUtf8File(utf16)).toMatchObject({ notUtf8: { encoding: 'UTF-16', line: 1 } });
  });

  it('refuses text that was read as UTF-8 when it was not, by the characters it lost', () => {
    expect(unreadableText(`${HEADER}teruel,1,2021-06-10`)).toBeNull();
    const unreadable = unreadableText(`${HEADER}soria,3\nteruel,1,Alca\uFFFDiz\n`);
    expect(errorMessageIn(unreadable ?? { key: 'untranslated' })).toMatch(
      /^The file is not UTF-8: line 3 has characters that could not be read \(shown as �\), as happens to a file saved as Windows-1252 \(Latin-1\) when it is read as UTF-8\. Nothing was imported\. Save it as UTF-8/,
    );
    expect(errorMessageIn(unreadable ?? { key: 'untranslated' }, 'fr')).toMatch(
      /^Le fichier n’est pas en UTF-8 : la ligne 3 contient des caractères illisibles .* Enregistrez-le en UTF-8 /,
    );
  });
});
