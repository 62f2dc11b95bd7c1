import { formatters } from '../../../app/i18n/format';
import { translator } from '../../../app/i18n/i18n';
import { en, type MessageKey } from '../../../app/i18n/messages/en';
import { type ReportKey, reportEn } from '../../../app/i18n/messages/report-en';
import { indicatorGroups } from '../indicator-rows';
import { progressText, type ResultFigures, statusText, targetText, valueText, withoutFigureText } from '../indicator-text';
import { counterContent, cssString } from '../page-margin-css';
import { chosenPeriod, datesCounted, isDefaultPeriod } from '../report-scope';

const format = formatters('en');
const words = { format, ...translator<MessageKey | ReportKey>({ ...en, ...reportEn }, 'en') };

const PERIODS = [
  { code: 'SIRA', kind: 'PROJECT', start: '2021-01-01', end: '2023-03-31' },
  { code: '2021', kind: 'YEAR', start: '2021-01-01', end: '2021-12-31' },
  { code: '2022', kind: 'YEAR', start: '2022-01-01', end: '2022-12-31' },
];

describe('the period a report covers', () => {
  it('is the whole project unless one is asked for by code', () => {
    expect(chosenPeriod(PERIODS, undefined)?.code).toBe('SIRA');
    expect(chosenPeriod(PERIODS, '2022')?.code).toBe('2022');
    expect(chosenPeriod(PERIODS, '1999')).toBeUndefined();
    expect(isDefaultPeriod(PERIODS, 'SIRA')).toBe(true);
    expect(isDefaultPeriod(PERIODS, '2021')).toBe(false);
  });

  it("counts the days both the period and the filters' dates cover, and none when they do not meet", () => {
    const year = PERIODS[1] as (typeof PERIODS)[number];
    expect(datesCounted(year, {})).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(datesCounted(year, { from: '2021-06-01', to: '2022-06-30' })).toEqual({ from: '2021-06-01', to: '2021-12-31' });
    expect(datesCounted(year, { from: '2020-01-01', to: '2021-03-31' })).toEqual({ from: '2021-01-01', to: '2021-03-31' });
    expect(datesCounted(year, { from: '2022-02-01' })).toBeUndefined();
  });
});

describe('indicator figures in words', () => {
  const result = (figures: Partial<ResultFigures>): ResultFigures => ({ withheld: null, recordCount: 1, unknownRecords: 0, ...figures });

  const count = { code: 'PARTICIPANTS', unit: 'COUNT' as const };
  const share = { code: 'ONSITE_SHARE', unit: 'SHARE' as const };
  const challenges = { code: 'CHALLENGES_RAISED', unit: 'COUNT' as const };

  it('prints counts, ranges and shares, never a missing value as 0', () => {
    expect(valueText(result({ value: { min: 1, max: 1 } }), count, words)).toBe('1');
    expect(valueText(result({ value: { min: 9, max: 16 } }), count, words)).toBe('9–16');
    expect(valueText(result({ value: { min: 0.125, max: 0.125 } }), share, words)).toBe('13%');
    expect(valueText(result({ value: null, withheld: 'SMALL_COUNT' }), share, words)).toBe('Fewer than 5');
    expect(valueText(result({ value: null, withheld: 'PROTECTS_SMALL_COUNT' }), count, words)).toBe('Withheld to protect a small count');
    expect(valueText(result({ value: null, withheld: 'NOT_PUBLISHED' }), count, words)).toBe('Not published at this level');
    expect(valueText(result({ value: null, unknownRecords: 1 }), count, words)).toBe('Unknown');
  });

  it('prints "No records" over no roundtable, though the API sums nothing to 0, with no progress or status', () => {
    // Isère, which held no roundtable, against the default target of 4 roundtables: the API says off track.
    const isere = result({ value: { min: 0, max: 0 }, recordCount: 0, target: 4, progress: { min: 0, max: 0 }, expectedProgress: 1 });
    expect(valueText(isere, count, words)).toBe('No records');
    expect(valueText(result({ value: null, recordCount: 0 }), share, words)).toBe('No records');
    expect(progressText(isere, words)).toBe('–');
    expect(statusText({ ...isere, status: 'OFF_TRACK' }, words)).toBe('–');
    expect(statusText({ ...result({ value: { min: 1, max: 1 } }), status: 'OFF_TRACK' }, words)).toBe('Off track');
  });

  it('says in words that roundtables record no challenge, as every page does', () => {
    expect(valueText(result({ value: { min: 0, max: 0 }, recordCount: 3 }), challenges, words)).toBe('No challenge recorded');
    expect(valueText(result({ value: { min: 5, max: 5 }, recordCount: 3 }), challenges, words)).toBe('5');
    // Another count's 0 over roundtables stays a number.
    expect(valueText(result({ value: { min: 0, max: 0 }, recordCount: 3 }), count, words)).toBe('0');
  });

  it('says how many roundtables a value leaves out for want of a figure', () => {
    expect(withoutFigureText(result({ value: { min: 26, max: 26 }, recordCount: 3, unknownRecords: 2 }), words)).toBe(
      '2 roundtables without a figure',
    );
    expect(withoutFigureText(result({ value: { min: 26, max: 26 } }), words)).toBeUndefined();
  });

  it('prints the target in the unit of the value, and progress against the expected pace', () => {
    expect(targetText(result({ target: 4 }), 'COUNT', words)).toBe('4');
    expect(targetText(result({ target: 0.5 }), 'SHARE', words)).toBe('50%');
    expect(targetText(result({ target: null }), 'COUNT', words)).toBe('None set');
    expect(progressText(result({ progress: { min: 0.25, max: 0.25 }, expectedProgress: 1 }), words)).toBe('25%');
    expect(progressText(result({ progress: { min: 0.2, max: 0.3 }, expectedProgress: 0.5 }), words)).toBe('20%–30% (expected 50%)');
    expect(progressText(result({ progress: null }), words)).toBe('–');
  });
});

describe('the indicator table rows', () => {
  const row = (code: string, slug?: string, name?: string) => ({
    indicator: { code },
    region: slug ? { slug, name: name ?? slug } : null,
  });

  it('puts all regions first, then the regions shown by name, in the order of the indicators', () => {
    const groups = indicatorGroups(
      [{ code: 'ROUNDTABLES_HELD' }, { code: 'PARTICIPANTS' }, { code: 'UNUSED' }],
      [
        row('PARTICIPANTS', 'soria', 'Soria'),
        row('ROUNDTABLES_HELD', 'teruel', 'Teruel'),
        row('ROUNDTABLES_HELD', 'soria', 'Soria'),
        row('ROUNDTABLES_HELD', 'guadalajara', 'Guadalajara'),
        row('ROUNDTABLES_HELD'),
        row('PARTICIPANTS'),
      ],
      new Set(['soria', 'guadalajara']),
      'en',
    );
    expect(groups.map((group) => [group.indicator.code, group.rows.map((result) => result.region?.slug ?? 'all')])).toEqual([
      ['ROUNDTABLES_HELD', ['all', 'guadalajara', 'soria']],
      ['PARTICIPANTS', ['all', 'soria']],
    ]);
  });
});

describe('page margin text', () => {
  it('quotes text for CSS content and turns the page placeholders into counters', () => {
    expect(cssString('Report: "2021" \\ x')).toBe('"Report: \\"2021\\" \\\\ x"');
    expect(counterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(counterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});
