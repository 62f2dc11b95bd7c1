import { toCsv } from '../csv';
import { rangeColumns, type TableModel, tableCsv, withSuppressedColumn } from '../table-model';

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

describe('withSuppressedColumn', () => {
  interface Row {
    region: string;
    online: { min: number; max: number } | null;
    unknownMode: { min: number; max: number } | null;
    total: { min: number; max: number } | null;
    suppressed?: string[];
  }
  const columns = [
    { csv: 'region', label: 'Region', value: (row: Row) => row.region },
    ...rangeColumns<Row>(
      'online',
      'Online',
      (row) => row.online,
      () => '',
      'online',
    ),
    ...rangeColumns<Row>(
      'unknown_mode',
      'Mode unknown',
      (row) => row.unknownMode,
      () => '',
      'unknownMode',
    ),
    ...rangeColumns<Row>(
      'total',
      'Total',
      (row) => row.total,
      () => '',
      'total',
    ),
  ];
  const guadalajara: Row = {
    region: 'Guadalajara',
    online: { min: 26, max: 26 },
    unknownMode: { min: 0, max: 0 },
    total: { min: 26, max: 26 },
    suppressed: [],
  };

  it('names the withheld counts of each row by their CSV column, leaving their cells empty', () => {
    const soria: Row = {
      region: 'Soria',
      online: null,
      unknownMode: null,
      total: { min: 21, max: 21 },
      suppressed: ['onsite', 'unknownMode', 'online'],
    };
    expect(tableCsv(withSuppressedColumn({ columns, rows: [guadalajara, soria] }))).toBe(
      'region,online_min,online_max,unknown_mode_min,unknown_mode_max,total_min,total_max,suppressed\r\n' +
        'Guadalajara,26,26,0,0,26,26,\r\n' +
        'Soria,,,,,21,21,online;unknown_mode\r\n',
    );
  });

  it('adds nothing when no row has a withheld count', () => {
    const model = { columns, rows: [guadalajara, { ...guadalajara, region: 'Teruel', suppressed: undefined }] };
    expect(withSuppressedColumn(model)).toBe(model);
  });
});
