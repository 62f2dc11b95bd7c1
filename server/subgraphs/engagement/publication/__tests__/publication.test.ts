import type { Withheld } from '../../../../contract/disclosure/disclosure-table';
import { type ProtectedDataset, Publication } from '../publication';
import { datasetLattice, TimeLattice } from '../publication-lattice';
import type { AtomRow } from '../publication-sql';

const PERIODS = [
  { code: 'P', startsOn: '2021-01-01', endsOn: '2022-12-31' },
  { code: '2021', startsOn: '2021-01-01', endsOn: '2021-12-31' },
  { code: '2022', startsOn: '2022-01-01', endsOn: '2022-12-31' },
];
const time = new TimeLattice(PERIODS);

/** One region's roundtables of one year: so many people, all online, counted from publications. */
function region(slug: string, segment: number, people: number, illustrative = false): AtomRow[] {
  const atom = (kind: AtomRow['kind'], key: string, value: number | null, n: [number, number, number]): AtomRow => ({
    kind,
    illustrative,
    region: slug,
    segment,
    key,
    min: value,
    max: value,
    n1: n[0],
    n2: n[1],
    n3: n[2],
  });
  return [
    atom('R', 'ROUNDTABLES', null, [1, 0, 0]),
    atom('A', 'TOTAL', people, [1, 1, 0]),
    atom('A', 'ONLINE', people, [1, 1, 0]),
    atom('A', 'ONSITE', 0, [0, 0, 0]),
    atom('A', 'UNKNOWN_MODE', 0, [0, 0, 0]),
    atom('A', 'FROM_PUBLICATIONS', people, [1, 1, 0]),
  ];
}

/** A publication whose withheld cells are chosen by the test, by key. */
function publication(atoms: AtomRow[], regions: string[], withheldKeys: Record<string, Withheld>): Publication {
  const lattice = datasetLattice(atoms, regions, time);
  const withheld = lattice.table.cells.map((cell) => withheldKeys[cell.key]);
  const dataset: ProtectedDataset = { lattice, withheld, regions };
  const empty: ProtectedDataset = { lattice: datasetLattice([], regions, time), withheld: [], regions };
  return new Publication(
    1n,
    new Date('2024-01-01T00:00:00Z'),
    PERIODS,
    new Map([
      [false, dataset],
      [true, empty],
    ]),
  );
}

describe('Publication', () => {
  const regions = ['a', 'b', 'c', 'd'];
  // 2021 is span 1: a 3 (small), b 20, c 30, d 40; nothing in 2022.
  const atoms = [...region('a', 1, 3), ...region('b', 1, 20), ...region('c', 1, 30), ...region('d', 1, 40)];
  const published = publication(atoms, regions, { 'a|1|TOTAL': 'SMALL', 'b|1|TOTAL': 'COMPLEMENT' });
  const total = (regionsAsked: string[] | null, datasets: boolean[] = [false]) =>
    published.count({ regions: regionsAsked, period: '2021', datasets }, 'TOTAL');

  it('answers one region, or every region with roundtables, with its cell and its reason', () => {
    expect(total(['a'])).toEqual({ value: null, withheld: 'SMALL_COUNT' });
    expect(total(['b'])).toEqual({ value: null, withheld: 'PROTECTS_SMALL_COUNT' });
    expect(total(['c'])).toEqual({ value: { min: 30, max: 30 }, withheld: null });
    expect(total(null)).toEqual({ value: { min: 93, max: 93 }, withheld: null });
    expect(total(['a', 'b', 'c', 'd'])).toEqual(total(null));
  });

  it('adds up a set of shown regions, and gives a set holding every withheld one as all regions less the others', () => {
    expect(total(['c', 'd'])).toEqual({ value: { min: 70, max: 70 }, withheld: null });
    // a + b + c = 93 − 40, which the cells shown give anyway.
    expect(total(['a', 'b', 'c'])).toEqual({ value: { min: 53, max: 53 }, withheld: null });
  });

  it('withholds a set that splits the withheld regions, since it would give one of them back', () => {
    expect(total(['a', 'c'])).toEqual({ value: null, withheld: 'PROTECTS_SMALL_COUNT' });
    expect(total(['b', 'd'])).toEqual({ value: null, withheld: 'PROTECTS_SMALL_COUNT' });
  });

  it('reads a period the same as the span it covers, and both data sets as the one that has roundtables', () => {
    expect(published.count({ regions: ['c'], period: 'P', datasets: [false, true] }, 'TOTAL')).toEqual(total(['c']));
    expect(published.count({ regions: ['c'], period: '2022', datasets: [false] }, 'TOTAL')).toEqual({ value: null, withheld: null });
    expect(published.roundtables({ regions: null, period: 'P', datasets: [false, true] })).toEqual({
      held: 4,
      unknownAttendance: 0,
      fromRecords: 0,
    });
  });
});
