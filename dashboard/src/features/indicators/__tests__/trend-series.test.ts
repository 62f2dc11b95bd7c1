import { formatters } from '../../../app/i18n/format';
import { tableCsv } from '../../../data/table-model';
import { trendFor } from '../trend-series';
import { trendBars, trendTable } from '../trend-table';
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
  noRecords: 'No records',
  noCategory: 'No stakeholder category recorded',
  noChallenge: 'No challenge recorded',
  withoutFigure: (unknown: number, count: number) => `${unknown} of ${count} roundtables without a figure`,
};
const heldCount = { code: 'ROUNDTABLES_HELD', unit: 'COUNT' as const };
const participants = { code: 'PARTICIPANTS', unit: 'COUNT' as const };
const shareUnit = { code: 'ONSITE_SHARE', unit: 'SHARE' as const };

describe('an indicator over the years', () => {
  it('adds up a cumulative indicator year by year, against the project target and year targets added up', () => {
    const rows = [
      result({ indicator: held, period: { code: 'SIRA' }, region: soria, value: { min: 3, max: 5 }, target: 4, recordCount: 5 }),
      result({ indicator: held, period: { code: '2021' }, region: soria, value: { min: 1, max: 1 }, target: 2, recordCount: 1 }),
      result({
        indicator: held,
        period: { code: '2022' },
        region: soria,
        value: { min: 2, max: 4 },
        target: 2,
        recordCount: 4,
        unknownRecords: 1,
      }),
      result({ indicator: held, period: { code: '2023' }, region: soria, value: { min: 0, max: 0 } }),
      result({ indicator: held, period: { code: '2021' }, value: { min: 9, max: 9 } }),
    ];
    const trend = trendFor(ROUNDTABLES_HELD, rows, PERIODS, 'soria');
    expect(trend.projectTarget).toBe(4);
    expect(
      trend.points.map(({ period, value, target, recordCount, unknownRecords }) => ({
        period,
        value,
        target,
        recordCount,
        unknownRecords,
      })),
    ).toEqual([
      { period: '2021', value: { min: 1, max: 1 }, target: 2, recordCount: 1, unknownRecords: 0 },
      { period: '2022', value: { min: 3, max: 5 }, target: 4, recordCount: 5, unknownRecords: 1 },
      // 2023 has no year target of its own, so the targets to date are not known.
      { period: '2023', value: { min: 3, max: 5 }, target: null, recordCount: 5, unknownRecords: 1 },
    ]);
    const bars = trendBars(trend, heldCount, formatters('en'), words);
    // The tallest figure is the 5 of the range to date: the open part on top is a fifth of it.
    expect(bars.map(({ low, range, unknownPart, text, note }) => ({ low, range, unknownPart, text, note }))).toEqual([
      { low: 1, range: 0, unknownPart: 0, text: '1', note: undefined },
      { low: 3, range: 2, unknownPart: 1, text: '3–5', note: '1 of 5 roundtables without a figure' },
      { low: 3, range: 2, unknownPart: 1, text: '3–5', note: '1 of 5 roundtables without a figure' },
    ]);
  });

  it('adds nothing for a year not known, and withholds the total from a withheld year on, which it would give back', () => {
    const rows = [
      result({ indicator: held, period: { code: '2021' }, value: null, recordCount: 2, unknownRecords: 2 }),
      result({ indicator: held, period: { code: '2022' }, value: null, withheld: 'SMALL_COUNT', recordCount: 1 }),
      result({ indicator: held, period: { code: '2023' }, value: { min: 6, max: 6 }, recordCount: 6 }),
    ];
    const trend = trendFor(ROUNDTABLES_HELD, rows, PERIODS, '*');
    expect(trend.points.map(({ value, withheld }) => ({ value, withheld }))).toEqual([
      { value: null, withheld: null },
      { value: null, withheld: 'SMALL_COUNT' },
      { value: null, withheld: 'PROTECTS_SMALL_COUNT' },
    ]);
    expect(trendBars(trend, heldCount, formatters('en'), words).map(({ low, text, note }) => ({ low, text, note }))).toEqual([
      { low: null, text: 'not known', note: '2 of 2 roundtables without a figure' },
      { low: null, text: 'Fewer than 5', note: undefined },
      { low: null, text: 'Withheld to protect a small count', note: undefined },
    ]);
  });

  it('keeps each year on its own for a per-period indicator', () => {
    const rows = [
      result({ indicator: share, period: { code: '2021' }, region: soria, value: { min: 0.1, max: 0.1 }, target: 0.3, recordCount: 1 }),
      result({ indicator: share, period: { code: '2022' }, region: soria, value: null, recordCount: 2 }),
      result({
        indicator: share,
        period: { code: '2023' },
        region: soria,
        value: { min: 0.2, max: 0.4 },
        recordCount: 3,
        unknownRecords: 1,
      }),
    ];
    const trend = trendFor(ONSITE_SHARE, rows, PERIODS, 'soria');
    expect(trend.cumulative).toBe(false);
    expect(trend.projectTarget).toBeNull();
    expect(trend.points.map(({ value, target }) => ({ value, target }))).toEqual([
      { value: { min: 0.1, max: 0.1 }, target: 0.3 },
      { value: null, target: null },
      { value: { min: 0.2, max: 0.4 }, target: null },
    ]);
    const bars = trendBars(trend, shareUnit, formatters('en'), words);
    expect(bars.map((bar) => bar.text)).toEqual(['10%', 'not known', '20%–40%']);
    // A share of the roundtables with a figure may go either way with the others: words, no open part on top.
    expect(bars[2]).toMatchObject({ low: 0.2, range: 0.2, unknownPart: 0, note: '1 of 3 roundtables without a figure' });
  });

  // Teruel: in 2021 a roundtable without a figure; in 2022 a hybrid one of 25 and one of 9 to 16; in 2023 none.
  const teruel = { slug: 'teruel', name: 'Teruel' };
  const TERUEL = [
    result({
      indicator: { code: 'PARTICIPANTS' },
      period: { code: '2021' },
      region: teruel,
      value: null,
      recordCount: 1,
      unknownRecords: 1,
    }),
    result({ indicator: { code: 'PARTICIPANTS' }, period: { code: '2022' }, region: teruel, value: { min: 34, max: 41 }, recordCount: 2 }),
    result({ indicator: { code: 'PARTICIPANTS' }, period: { code: '2023' }, region: teruel, value: { min: 0, max: 0 }, recordCount: 0 }),
  ];
  const cumulative = { ...ROUNDTABLES_HELD, code: 'PARTICIPANTS' };

  it('keeps a year not known, and the totals after it, as not known for the roundtables without a figure', () => {
    const trend = trendFor(cumulative, TERUEL, PERIODS, 'teruel');
    const bars = trendBars(trend, participants, formatters('en'), words);
    expect(bars.map(({ low, range, unknownPart, text, note }) => ({ low, range, unknownPart, text, note }))).toEqual([
      // Nothing known yet: words, no bar.
      { low: null, range: null, unknownPart: null, text: 'not known', note: '1 of 1 roundtables without a figure' },
      // 34 to 41 known, and an open part on top for the roundtable without a figure: never a total that looks complete.
      { low: 34, range: 7, unknownPart: 8.2, text: '34–41', note: '1 of 3 roundtables without a figure' },
      { low: 34, range: 7, unknownPart: 8.2, text: '34–41', note: '1 of 3 roundtables without a figure' },
    ]);
  });

  it('keeps a total not known so far not known through a year without roundtables, never turning it into 0', () => {
    // Newcomers are known only from participant records: Teruel has none, so no year is known.
    const newcomers = TERUEL.map((row) => ({
      ...row,
      indicator: { code: 'NEWCOMER_PARTICIPANTS' },
      value: row.recordCount > 0 ? null : row.value,
    }));
    const trend = trendFor({ ...ROUNDTABLES_HELD, code: 'NEWCOMER_PARTICIPANTS' }, newcomers, PERIODS, 'teruel');
    expect(trend.points.map(({ value, recordCount }) => ({ value, recordCount }))).toEqual([
      { value: null, recordCount: 1 },
      { value: null, recordCount: 3 },
      { value: null, recordCount: 3 },
    ]);
    expect(trendBars(trend, participants, formatters('en'), words).map((bar) => bar.text)).toEqual(['not known', 'not known', 'not known']);
  });

  it('says "No records" for a year without roundtables of a per-year indicator, never a bar of 0', () => {
    const perYear = TERUEL.map((row, index) => ({
      ...row,
      indicator: { code: 'ONSITE_SHARE' },
      value: index === 1 ? { min: 0.25, max: 0.5 } : row.value,
    }));
    const bars = trendBars(trendFor(ONSITE_SHARE, perYear, PERIODS, 'teruel'), shareUnit, formatters('en'), words);
    expect(bars.map(({ low, text }) => ({ low, text }))).toEqual([
      { low: null, text: 'not known' },
      { low: 0.25, text: '25%–50%' },
      { low: null, text: 'No records' },
    ]);
  });

  it('writes the same in its table view and downloads: empty cells, never 0, and words in a Notes column', () => {
    const trend = trendFor(
      cumulative,
      [...TERUEL, result({ indicator: { code: 'PARTICIPANTS' }, period: { code: 'SIRA' } })],
      PERIODS,
      'teruel',
    );
    const early = { ...trend, points: [{ ...(trend.points[0] as (typeof trend.points)[number]) }, ...trend.points] };
    early.points[0] = {
      ...early.points[0],
      period: '2020',
      label: '2020',
      recordCount: 0,
      unknownRecords: 0,
      value: { min: 0, max: 0 },
    } as never;
    const labels = {
      period: 'Period',
      value: 'Value',
      target: 'Year target',
      projectTarget: 'Project target',
      unknownRecords: 'Roundtables without a figure',
      withheld: 'Withheld counts',
      notes: 'Notes',
    };
    const model = trendTable(early, participants, formatters('en'), labels, words);
    expect(
      model.rows.map((row) =>
        model.columns.filter((column) => !column.csvOnly).map((column) => column.display?.(row) ?? column.value(row)),
      ),
    ).toEqual([
      ['2020', 'No records', '0', '', ''],
      ['2021', 'not known (1 of 1 roundtables without a figure)', '1', '', ''],
      ['2022', '34–41 (1 of 3 roundtables without a figure)', '1', '', ''],
      ['2023 (to March)', '34–41 (1 of 3 roundtables without a figure)', '1', '', ''],
    ]);
    expect(tableCsv(model)).toBe(
      'period,period_start,period_end,value_min,value_max,record_count,unknown_records,target,project_target,Notes\r\n' +
        '2020,2021-01-01,2021-12-31,,,0,0,,,No records\r\n' +
        '2021,2021-01-01,2021-12-31,,,1,1,,,not known; 1 of 1 roundtables without a figure\r\n' +
        '2022,2022-01-01,2022-12-31,34,41,3,1,,,1 of 3 roundtables without a figure\r\n' +
        '2023 (to March),2023-01-01,2023-03-31,34,41,3,1,,,1 of 3 roundtables without a figure\r\n',
    );
  });

  it('says roundtables record no challenge in the words every page uses', () => {
    const challenges = { ...ROUNDTABLES_HELD, code: 'CHALLENGES_RAISED' };
    const rows = TERUEL.map((row) => ({ ...row, indicator: { code: 'CHALLENGES_RAISED' }, value: { min: 0, max: 0 }, unknownRecords: 0 }));
    const bars = trendBars(
      trendFor(challenges, rows, PERIODS, 'teruel'),
      { code: 'CHALLENGES_RAISED', unit: 'COUNT' },
      formatters('en'),
      words,
    );
    expect(bars.map((bar) => bar.text)).toEqual(['No challenge recorded', 'No challenge recorded', 'No challenge recorded']);
  });
});
