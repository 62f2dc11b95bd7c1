import { formatCsv } from '../format-csv';
import { parseCsv } from '../parse-csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and line breaks', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['1', '2', '3'] },
      ],
      problems: [],
    });
  });

  it('reads CRLF, LF and a last record without a line break alike', () => {
    expect(fieldsOf('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(fieldsOf('a,b\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('drops a UTF-8 byte-order mark before the first field', () => {
    expect(fieldsOf('\uFEFFregion,number\nsoria,3')).toEqual([
      ['region', 'number'],
      ['soria', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fieldsOf('name,note\n"Soria, Spain","said ""yes""\r\nthen left"\n')).toEqual([
      ['name', 'note'],
      ['Soria, Spain', 'said "yes"\r\nthen left'],
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const { records } = parseCsv('h1,h2\n"two\nlines",x\r\nlast,y\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty fields, including a trailing one and a quoted empty one', () => {
    expect(fieldsOf('a,b,c\n,"",\n')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
    ]);
  });

  it('skips empty lines but still counts them', () => {
    const { records, problems } = parseCsv('a,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 5, fields: ['3', '4'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports each record whose number of fields differs from the header, by line', () => {
    const { records, problems } = parseCsv('a,b,c\n1,2,3\n1,2\n"x,y",2,3,4\n');
    expect(records).toHaveLength(4);
    expect(problems).toMatchObject([
      { line: 3, message: 'has 2 fields where the header has 3; a field holding a comma must be quoted' },
      { line: 4, message: 'has 4 fields where the header has 3; a field holding a comma must be quoted' },
    ]);
  });

  it('reports a quoted field that is never closed, at the line it opens', () => {
    const { problems } = parseCsv('a,b\n1,2\n3,"open\nstill open\n');
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringContaining('is never closed') }));
  });

  it('reports a stray quote in an unquoted field and text after a closing quote', () => {
    expect(parseCsv('a,b\n1,say "hi"\n').problems).toMatchObject([
      { line: 2, message: expect.stringContaining('a double quote inside an unquoted field') },
    ]);
    const afterQuote = parseCsv('a,b\n"x"y,2\n');
    expect(afterQuote.problems).toMatchObject([{ line: 2, message: expect.stringContaining('text follows a closing double quote') }]);
    expect(afterQuote.records[1]?.fields).toEqual(['xy', '2']);
  });

  it('reads back what formatCsv writes', () => {
    const records = [
      ['region', 'note'],
      ['soria', 'a "quoted", multi\nline note'],
      ['teruel', ''],
    ];
    expect(formatCsv(records)).toBe('region,note\r\nsoria,"a ""quoted"", multi\nline note"\r\nteruel,\r\n');
    expect(fieldsOf(formatCsv(records))).toEqual(records);
  });
});
