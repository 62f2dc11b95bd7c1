import { byRegion, completenessOrder, rateStep } from '../completeness';

describe('byRegion', () => {
  it('makes one row per region in the order given, each with its cells by period', () => {
    const rows = [
      { regionSlug: 'teruel', periodCode: 'SIRA', region: { name: 'Teruel' }, recorded: 4 },
      { regionSlug: 'teruel', periodCode: '2021', region: { name: 'Teruel' }, recorded: 2 },
      { regionSlug: 'isere', periodCode: 'SIRA', region: null, recorded: 3 },
    ];
    const regions = byRegion(rows);
    expect(regions.map((region) => [region.slug, region.name, [...region.cells.keys()]])).toEqual([
      ['teruel', 'Teruel', ['SIRA', '2021']],
      ['isere', 'isere', ['SIRA']],
    ]);
    expect(regions[0]?.cells.get('2021')?.recorded).toBe(2);
  });
});

describe('rateStep', () => {
  it('puts a rate on five steps, at or above what was expected the last', () => {
    expect([0, 0.24, 0.25, 0.5, 0.99, 1, 2.5].map(rateStep)).toEqual([0, 0, 1, 2, 3, 4, 4]);
  });

  it('gives an unknown rate no step, so it is never coloured as 0', () => {
    expect([null, undefined, Number.POSITIVE_INFINITY, Number.NaN].map(rateStep)).toEqual([null, null, null, null]);
  });
});

describe('completenessOrder', () => {
  it("turns the table's sort keys into the API's order", () => {
    expect(completenessOrder('REGION', 'DESC')).toEqual({ field: 'REGION', direction: 'DESC' });
    expect(completenessOrder('ON_TIME_RATE:2021', 'ASC')).toEqual({ field: 'ON_TIME_RATE', direction: 'ASC', period: '2021' });
  });
});
