import { formatters } from '../../../app/i18n/format';
import { trendFor } from '../trend-series';
import { trendBars } from '../trend-table';
import { ONSITE_SHARE, PERIODS, ROUNDTABLES_HELD, result } from './fixtures';

const held = { code: 'ROUNDTABLES_HELD' };
const share = { code: 'ONSITE_SHARE' };
const soria = { slug: 'soria', name: 'Soria' };
const words = {
  unknown: 'not known',
  withheld: {
    SMALL_COUNT: 'Fewer than 5',
    PROTECTS_SMALL_COUNT: 'Withheld to protect a small count',
    NOT_PUBLISHED: 'Not published at this level',
  },
};

describe('an indicator over the years', () => {
  it('adds up a cumulative indicator year by year, against the project target and year targets added up', () => {
    const rows = [
      result({ indicator: held, period: { code: 'SIRA' }, region: soria, value: { min: 3, max: 5 }, target: 4 }),
      result({ indicator: held, period: { code: '2021' }, region: soria, value: { min: 1, max: 1 }, target: 2 }),
      result({ indicator: held, period: { code: '2022' }, region: soria, value: { min: 2, max: 4 }, target: 2, unknownRecords: 1 }),
      result({ indicator: held, period: { code: '2023' }, region: soria, value: { min: 0, max: 0 } }),
      result({ indicator: held, period: { code: '2021' }, value: { min: 9, max: 9 } }),
    ];
    const trend = trendFor(ROUNDTABLES_HELD, rows, PERIODS, 'soria');
    expect(trend.projectTarget).toBe(4);
    expect(trend.points.map(({ period, value, target, unknownRecords }) => ({ period, value, target, unknownRecords }))).toEqual([
      { period: '2021', value: { min: 1, max: 1 }, target: 2, unknownRecords: 0 },
      { period: '2022', value: { min: 3, max: 5 }, target: 4, unknownRecords: 1 },
      // 2023 has no year target of its own, so the targets to date are not known.
      { period: '2023', value: { min: 3, max: 5 }, target: null, unknownRecords: 1 },
    ]);
    const bars = trendBars(trend, 'COUNT', formatters('en'), words);
    expect(bars.map(({ low, range, text }) => ({ low, range, text }))).toEqual([
      { low: 1, range: 0, text: '1' },
      { low: 3, range: 2, text: '3–5' },
      { low: 3, range: 2, text: '3–5' },
    ]);
  });

  it('adds nothing for a year not known, and withholds the total from a withheld year on, which it would give back', () => {
    const rows = [
      result({ indicator: held, period: { code: '2021' }, value: null, unknownRecords: 2 }),
      result({ indicator: held, period: { code: '2022' }, value: null, withheld: 'SMALL_COUNT' }),
      result({ indicator: held, period: { code: '2023' }, value: { min: 6, max: 6 } }),
    ];
    const trend = trendFor(ROUNDTABLES_HELD, rows, PERIODS, '*');
    expect(trend.points.map(({ value, withheld }) => ({ value, withheld }))).toEqual([
      { value: null, withheld: null },
      { value: null, withheld: 'SMALL_COUNT' },
      { value: null, withheld: 'PROTECTS_SMALL_COUNT' },
    ]);
    expect(trendBars(trend, 'COUNT', formatters('en'), words).map((bar) => bar.text)).toEqual([
      'not known',
      'Fewer than 5',
      'Withheld to protect a small count',
    ]);
  });

  it('keeps each year on its own for a per-period indicator', () => {
    const rows = [
      result({ indicator: share, period: { code: '2021' }, region: soria, value: { min: 0.1, max: 0.1 }, target: 0.3 }),
      result({ indicator: share, period: { code: '2022' }, region: soria, value: null }),
      result({ indicator: share, period: { code: '2023' }, region: soria, value: { min: 0.2, max: 0.4 } }),
    ];
    const trend = trendFor(ONSITE_SHARE, rows, PERIODS, 'soria');
    expect(trend.cumulative).toBe(false);
    expect(trend.projectTarget).toBeNull();
    expect(trend.points.map(({ value, target }) => ({ value, target }))).toEqual([
      { value: { min: 0.1, max: 0.1 }, target: 0.3 },
      { value: null, target: null },
      { value: { min: 0.2, max: 0.4 }, target: null },
    ]);
    const texts = trendBars(trend, 'SHARE', formatters('en'), words).map((bar) => bar.text);
    expect(texts).toEqual(['10%', 'not known', '20%–40%']);
  });
});
