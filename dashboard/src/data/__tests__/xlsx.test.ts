import { strFromU8, unzipSync } from 'fflate';
import { columnLetters, toXlsx } from '../xlsx';

const unzip = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, content]) => [path, strFromU8(content)]));

describe('toXlsx', () => {
  const header = ['region', 'online_min', 'onsite_min', 'Withheld counts'];
  const rows = [
    ['Soria', 18, null, 'onsite: Fewer than 5'],
    ['Isère & <Vaucluse> "quoted"', 0, undefined, ''],
  ];
  const files = unzip(toXlsx(header, rows, 'attendance-by-region'));

  it('is a package of one sheet with its content types declared', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const types = files['[Content_Types].xml'];
    expect(types).toContain(
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
    expect(files['xl/workbook.xml']).toContain('<sheet name="attendance-by-region" sheetId="1" r:id="rId1"/>');
  });

  it('writes strings inline, numbers as numbers, and leaves unknown and withheld cells out', () => {
    const sheet = files['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain(
      '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">region</t></is></c>' +
        '<c r="B1" s="1" t="inlineStr"><is><t xml:space="preserve">online_min</t></is></c>' +
        '<c r="C1" s="1" t="inlineStr"><is><t xml:space="preserve">onsite_min</t></is></c>' +
        '<c r="D1" s="1" t="inlineStr"><is><t xml:space="preserve">Withheld counts</t></is></c></row>',
    );
    expect(sheet).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Soria</t></is></c><c r="B2"><v>18</v></c>' +
        '<c r="D2" t="inlineStr"><is><t xml:space="preserve">onsite: Fewer than 5</t></is></c></row>',
    );
    expect(sheet).toContain(
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">Isère &amp; &lt;Vaucluse&gt; &quot;quoted&quot;</t></is></c>' +
        '<c r="B3"><v>0</v></c></row>',
    );
  });

  it('names a sheet as spreadsheets allow', () => {
    const workbook = unzip(toXlsx(['a'], [], 'a/b:c*d?e[f]g\\h and a name longer than thirty-one'))['xl/workbook.xml'];
    expect(workbook).toContain('<sheet name="a b c d e f g h and a name long"');
  });

  it('letters columns past Z', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
