import { buildMatrix, cellKey, matrixSeriesRows } from '../matrix';

describe('buildMatrix', () => {
  const regions = [
    { key: 'soria', label: 'Soria', roundtables: 1 },
    { key: 'teruel', label: 'Teruel', roundtables: 2 },
  ];
  const items = [
    { key: 'TRANSPORT', label: 'Transport', position: 3 },
    { key: 'LANGUAGE', label: 'Language', position: 1 },
    { key: 'HOUSING', label: 'Housing', position: 6 },
    { key: 'LANGUAGE', label: 'Language', position: 1 },
  ];
  const matrix = buildMatrix(regions, items, [
    { region: 'soria', item: 'TRANSPORT', value: 1 },
    { region: 'teruel', item: 'LANGUAGE', value: 4 },
  ]);

  it('keeps only the items present, once each, in taxonomy order', () => {
    expect(matrix.items).toEqual([
      { key: 'LANGUAGE', label: 'Language' },
      { key: 'TRANSPORT', label: 'Transport' },
    ]);
    expect(matrix.max).toBe(4);
    expect(matrix.cells.get(cellKey('teruel', 'LANGUAGE'))?.value).toBe(4);
    expect(matrix.cells.get(cellKey('soria', 'LANGUAGE'))).toBeUndefined();
    expect(matrix.emptyRows.size).toBe(0);
  });

  it('gives one chart row per item with a value per region', () => {
    expect(matrixSeriesRows(matrix)).toEqual([
      { key: 'LANGUAGE', label: 'Language', soria: 0, teruel: 4 },
      { key: 'TRANSPORT', label: 'Transport', soria: 1, teruel: 0 },
    ]);
  });

  it('tells a region without roundtables from one whose roundtables record no item, and gives the first no value', () => {
    const withEmpty = buildMatrix(
      [...regions, { key: 'isere', label: 'Isère', roundtables: 0 }, { key: 'karditsa', label: 'Karditsa', roundtables: 3 }],
      items,
      [{ region: 'soria', item: 'TRANSPORT', value: 1 }],
    );
    expect([...withEmpty.emptyRows]).toEqual([
      ['teruel', 'noneRecorded'],
      ['isere', 'noRecords'],
      ['karditsa', 'noneRecorded'],
    ]);
    // Karditsa's roundtables count 0 with the item; Isère has none to count, so no bar at all.
    expect(matrixSeriesRows(withEmpty)).toEqual([{ key: 'TRANSPORT', label: 'Transport', soria: 1, teruel: 0, karditsa: 0 }]);
  });
});
