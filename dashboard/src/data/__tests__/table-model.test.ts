import { toCsv } from '../csv';
import { rangeColumns, type TableModel, tableCsv } from '../table-model';

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
