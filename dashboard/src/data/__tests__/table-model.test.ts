import { toCsv } from '../csv';
import { rangeColumns, type TableModel, tableCsv, withWithheldColumn } from '../table-model';
import { type WithWithheld, withheldReason } from '../withholding';

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and leaves unknown empty', () => {
    expect(
      toCsv(
        ['name', 'count'],
        [
          ['Saône-et-Loire, FR', null],
          ['He said "hi"\nthen left', 3],
        ],
      ),
    ).toBe('name,count\r\n"Saône-et-Loire, FR",\r\n"He said ""hi""\nthen left",3\r\n');
  });
});

describe('tableCsv', () => {
  interface Row {
    region: string;
    total: { min: number; max: number } | null;
  }
  const model: TableModel<Row> = {
    columns: [
      { csv: 'region', label: 'Región', value: (row) => row.region },
      ...rangeColumns<Row>(
        'total',
        'Total',
        (row) => row.total,
        () => '',
      ),
    ],
    rows: [
      { region: 'Soria', total: { min: 21, max: 21 } },
      { region: 'Teruel', total: { min: 9, max: 16 } },
      { region: 'Isère', total: null },
    ],
  };

  it('writes a range as min and max columns and unknown as empty cells, with stable English headers', () => {
    expect(tableCsv(model)).toBe('region,total_min,total_max\r\nSoria,21,21\r\nTeruel,9,16\r\nIsère,,\r\n');
  });
});

describe('withWithheldColumn', () => {
  interface Row extends WithWithheld {
    region: string;
    online: { min: number; max: number } | null;
    unknownMode: { min: number; max: number } | null;
    total: { min: number; max: number } | null;
  }
  const count = (csv: string, label: string, field: 'online' | 'unknownMode' | 'total') =>
    rangeColumns<Row>(
      csv,
      label,
      (row) => row[field],
      () => '',
      (row) => withheldReason(row, field),
    );
  const columns = [
    { csv: 'region', label: 'Region', value: (row: Row) => row.region },
    ...count('online', 'Online', 'online'),
    ...count('unknown_mode', 'Mode unknown', 'unknownMode'),
    ...count('total', 'Total', 'total'),
  ];
  const labels = { SMALL_COUNT: 'Fewer than 5', PROTECTS_SMALL_COUNT: 'Withheld to protect a small count', NOT_PUBLISHED: 'Not published' };
  const guadalajara: Row = {
    region: 'Guadalajara',
    online: { min: 26, max: 26 },
    unknownMode: { min: 0, max: 0 },
    total: { min: 26, max: 26 },
    withheld: [],
  };

  it('names the withheld counts of each row by their CSV column, with the reason, leaving their cells empty', () => {
    const soria: Row = {
      region: 'Soria',
      online: null,
      unknownMode: null,
      total: { min: 21, max: 21 },
      withheld: [
        { field: 'onsite', reason: 'SMALL_COUNT' },
        { field: 'unknownMode', reason: 'SMALL_COUNT' },
        { field: 'online', reason: 'PROTECTS_SMALL_COUNT' },
      ],
    };
    const model = withWithheldColumn({ columns, rows: [guadalajara, soria] }, 'Withheld counts', labels);
    expect(tableCsv(model)).toBe(
      'region,online_min,online_max,unknown_mode_min,unknown_mode_max,total_min,total_max,Withheld counts\r\n' +
        'Guadalajara,26,26,0,0,26,26,\r\n' +
        'Soria,,,,,21,21,online: Withheld to protect a small count; unknown_mode: Fewer than 5\r\n',
    );
    expect(model.withheld).toEqual(['SMALL_COUNT', 'PROTECTS_SMALL_COUNT']);
  });

  it('adds nothing when no row has a withheld count', () => {
    const model = { columns, rows: [guadalajara, { ...guadalajara, region: 'Teruel', withheld: undefined }] };
    expect(withWithheldColumn(model, 'Withheld counts', labels)).toBe(model);
  });
});
