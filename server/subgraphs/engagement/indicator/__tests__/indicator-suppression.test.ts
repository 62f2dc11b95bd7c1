import { IndicatorMeasure } from '../../../../core/indicators/indicator-measure';
import { type CountedResult, withheldParts, withheldResults } from '../indicator-suppression';

const K = 5;
const exact = (n: number) => ({ min: n, max: n });

/** PARTICIPANTS over 2021 in some regions (null: all), with its count. */
const people = (regions: string[] | null, count: number | null, overrides: Partial<CountedResult> = {}): CountedResult => ({
  numerator: IndicatorMeasure.PARTICIPANTS,
  denominator: null,
  scope: { regions, from: '2021-01-01', to: '2021-12-31', formats: null, illustrative: null },
  numeratorValue: count === null ? null : exact(count),
  denominatorValue: null,
  ...overrides,
});

const hidden = (results: CountedResult[]) => [...withheldResults(results, K)].sort();

describe('withheldResults', () => {
  it('withholds small counts of people, a range that may be small included, but not a certain 0', () => {
    expect(hidden([people(['a'], 4), people(['b'], 5), people(['c'], 0), people(['d'], null)])).toEqual([0]);
    expect(hidden([people(['a'], null, { numeratorValue: { min: 3, max: 9 } })])).toEqual([0]);
  });

  it('never withholds counts of roundtables, categories, organisations or challenges', () => {
    const small = (numerator: IndicatorMeasure) => people(['a'], 1, { numerator });
    expect(
      hidden([
        small(IndicatorMeasure.ROUNDTABLES),
        small(IndicatorMeasure.CATEGORIES_REPRESENTED),
        small(IndicatorMeasure.ORGANISATIONS_ENGAGED),
        small(IndicatorMeasure.CHALLENGE_MENTIONS),
      ]),
    ).toEqual([]);
  });

  it('withholds a share of people whose part or whose rest is small', () => {
    const share = (part: number, whole: number) =>
      people(['a'], part, { denominator: IndicatorMeasure.KNOWN_MODE_PARTICIPANTS, denominatorValue: exact(whole) });
    expect(hidden([share(3, 40), share(37, 40), share(20, 40), share(0, 40), share(40, 40)])).toEqual([0, 1]);
  });

  it('withholds the next smallest region when a total is shown beside a small one', () => {
    const regions = [people(['a'], 30), people(['b'], 12), people(['c'], 3)];
    expect(hidden(regions)).toEqual([2]);
    expect(hidden([...regions, people(null, 45)])).toEqual([1, 2]);
    expect(hidden([...regions, people(['a', 'b', 'c'], 45)])).toEqual([1, 2]);
  });

  it('does not treat as a total one that names a region not shown, or counts another measure or period', () => {
    const regions = [people(['a'], 30), people(['b'], 12), people(['c'], 3)];
    expect(hidden([...regions, people(['a', 'b', 'c', 'd'], 50)])).toEqual([2]);
    expect(hidden([...regions, people(null, 45, { numerator: IndicatorMeasure.ONSITE_PARTICIPANTS })])).toEqual([2]);
    const otherPeriod = people(null, 45, {
      scope: { regions: null, from: '2022-01-01', to: '2022-12-31', formats: null, illustrative: null },
    });
    expect(hidden([...regions, otherPeriod])).toEqual([2]);
  });

  it('hides every result asked for a hidden region, however often it was asked', () => {
    expect(hidden([people(['a'], 30), people(['b'], 12), people(['c'], 3), people(['b'], 12), people(null, 45)])).toEqual([1, 2, 3]);
  });
});

describe('withheldParts', () => {
  const parts = [
    { key: 'ONLINE', value: exact(2) },
    { key: 'ONSITE', value: exact(20) },
    { key: 'UNKNOWN', value: exact(7) },
  ];

  it('hides a small part and enough others that the total cannot give it away', () => {
    expect([...withheldParts(IndicatorMeasure.PARTICIPANTS, parts, exact(29), false, K)].sort()).toEqual(['ONLINE', 'UNKNOWN']);
  });

  it('hides every known part of a withheld result, and nothing of roundtables', () => {
    const withUnknown = [...parts, { key: 'NOT_RECORDED', value: null }];
    expect([...withheldParts(IndicatorMeasure.PARTICIPANTS, withUnknown, exact(29), true, K)].sort()).toEqual([
      'ONLINE',
      'ONSITE',
      'UNKNOWN',
    ]);
    expect(withheldParts(IndicatorMeasure.ROUNDTABLES, parts, exact(29), true, K).size).toBe(0);
  });
});
