import { iatiResults } from '../iati-json';
import { ONSITE_SHARE, PERIODS, PROJECT_RESULTS, ROUNDTABLES_HELD, result } from './fixtures';

const words = {
  range: (min: number, max: number) => `Between ${min} and ${max}.`,
  unknown: 'Not known.',
  withheld: (reason: string) => `Withheld: ${reason}.`,
  noRecords: 'No records.',
  noCategory: 'No stakeholder category recorded.',
  noChallenge: 'No challenge recorded.',
};

describe('IATI results', () => {
  const rows = [
    ...PROJECT_RESULTS,
    result({ indicator: { code: 'ROUNDTABLES_HELD' }, period: { code: '2021' }, value: { min: 2, max: 2 }, recordCount: 2 }),
    result({ indicator: { code: 'ONSITE_SHARE' }, period: { code: '2021' }, value: { min: 0.1, max: 0.2 }, recordCount: 2 }),
    result({ indicator: { code: 'ONSITE_SHARE' }, period: { code: '2022' }, value: null, withheld: 'SMALL_COUNT' }),
  ];
  const iati = iatiResults({
    indicators: [ROUNDTABLES_HELD, ONSITE_SHARE],
    periods: PERIODS,
    results: rows,
    locale: 'en',
    words,
    generatedAt: '2026-01-01T00:00:00.000Z',
  });

  it('writes one result per indicator, with its measure, baselines and per period its targets and actual values', () => {
    expect(iati.version).toBe('2.03');
    expect(iati.result.map((entry) => entry.indicator[0]?.reference)).toEqual([
      [{ vocabulary: '99', code: 'ROUNDTABLES_HELD' }],
      [{ vocabulary: '99', code: 'ONSITE_SHARE' }],
    ]);
    expect(iati.result[0]).toEqual({
      type: '1',
      'aggregation-status': '1',
      title: { narrative: [{ text: 'Roundtables held', 'xml:lang': 'en' }] },
      indicator: [
        {
          measure: '1',
          ascending: '1',
          'aggregation-status': '1',
          title: { narrative: [{ text: 'Roundtables held', 'xml:lang': 'en' }] },
          description: { narrative: [{ text: 'Roundtables that took place.', 'xml:lang': 'en' }] },
          reference: [{ vocabulary: '99', code: 'ROUNDTABLES_HELD' }],
          baseline: [
            { year: '2021', 'iso-date': '2021-01-01', value: 0 },
            { year: '2021', 'iso-date': '2021-01-01', value: 0, dimension: [{ name: 'region', value: 'soria' }] },
            { year: '2021', 'iso-date': '2021-01-01', value: 0, dimension: [{ name: 'region', value: 'teruel' }] },
          ],
          period: [
            {
              'period-start': { 'iso-date': '2021-01-01' },
              'period-end': { 'iso-date': '2023-03-31' },
              target: [
                { value: 40 },
                { value: 4, dimension: [{ name: 'region', value: 'soria' }] },
                { value: 4, dimension: [{ name: 'region', value: 'teruel' }] },
              ],
              actual: [
                { value: 1 },
                { value: 1, dimension: [{ name: 'region', value: 'soria' }] },
                // Teruel held no roundtable: the API's 0 is no actual value of Teruel's.
                { comment: { narrative: [{ text: 'No records.', 'xml:lang': 'en' }] }, dimension: [{ name: 'region', value: 'teruel' }] },
              ],
            },
            {
              'period-start': { 'iso-date': '2021-01-01' },
              'period-end': { 'iso-date': '2021-12-31' },
              target: [],
              actual: [{ value: 2 }],
            },
          ],
        },
      ],
    });
  });

  it('reports a share as a percentage, and says a range, an unknown or a withheld value instead of a number', () => {
    const share = iati.result[1]?.indicator[0];
    expect(share?.measure).toBe('2');
    expect(iati.result[1]?.['aggregation-status']).toBe('0');
    expect(share?.period.map((period) => period.actual)).toEqual([
      [
        { value: 14.285714 },
        { value: 14.285714, dimension: [{ name: 'region', value: 'soria' }] },
        { comment: { narrative: [{ text: 'No records.', 'xml:lang': 'en' }] }, dimension: [{ name: 'region', value: 'teruel' }] },
      ],
      [{ comment: { narrative: [{ text: 'Between 10 and 20.', 'xml:lang': 'en' }] } }],
      [{ withheld: 'SMALL_COUNT', comment: { narrative: [{ text: 'Withheld: SMALL_COUNT.', 'xml:lang': 'en' }] } }],
    ]);
  });

  it('says an unknown value and roundtables without any challenge in words, keeping the count of 0 of the latter', () => {
    const challenges = { ...ROUNDTABLES_HELD, code: 'CHALLENGES_RAISED', label: 'Participation barriers raised' };
    const actuals = iatiResults({
      indicators: [challenges, ONSITE_SHARE],
      periods: PERIODS,
      results: [
        result({ indicator: { code: 'CHALLENGES_RAISED' }, period: { code: 'SIRA' }, recordCount: 3 }),
        result({ indicator: { code: 'ONSITE_SHARE' }, period: { code: 'SIRA' }, value: null, recordCount: 3, unknownRecords: 1 }),
      ],
      locale: 'en',
      words,
      generatedAt: '2026-01-01T00:00:00.000Z',
    }).result.map((entry) => entry.indicator[0]?.period[0]?.actual);
    expect(actuals).toEqual([
      [{ value: 0, comment: { narrative: [{ text: 'No challenge recorded.', 'xml:lang': 'en' }] } }],
      [{ comment: { narrative: [{ text: 'Not known.', 'xml:lang': 'en' }] } }],
    ]);
  });
});
