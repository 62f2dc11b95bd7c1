import { csvTable, parseCsv, toCsv } from '../csv';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks inside a field, with CRLF or LF line ends', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\r\nthen go"\nlast,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\r\nthen go'],
      ['last', ''],
    ]);
  });

  it('keeps a last line without its line break, and reads nothing from nothing', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('reads back what toCsv writes', () => {
    const rows = [['Isère & "Vaucluse"', 'line\nbreak', ',']];
    expect(parseCsv(toCsv(['region', 'note', 'comma'], rows))).toEqual([['region', 'note', 'comma'], ...rows]);
  });
});

describe('csvTable', () => {
  it('splits off the header, leaves empty cells empty and turns plain numbers into numbers', () => {
    const csv =
      'region,number,date,participants,online,code,theme\r\nsoria,3,2021-11-24,21,,007,"Housing, jobs"\r\nteruel,1,2022-06-01,-2.5,0,12345678901234567,\r\n';
    expect(csvTable(csv)).toEqual({
      header: ['region', 'number', 'date', 'participants', 'online', 'code', 'theme'],
      rows: [
        ['soria', 3, '2021-11-24', 21, null, '007', 'Housing, jobs'],
        ['teruel', 1, '2022-06-01', -2.5, 0, '12345678901234567', null],
      ],
    });
  });

  it('has no header and no rows for an empty export', () => {
    expect(csvTable('')).toEqual({ header: [], rows: [] });
  });
});
