import {
  NO_FILTERS,
  previousPeriod,
  previousReportingYear,
  publishedPeriodOf,
  readFilters,
  toAnalyticsFilter,
  writeFilters,
} from '../filters';
import { en } from '../i18n/messages/en';
import { es } from '../i18n/messages/es';

describe('filters in the URL', () => {
  it('round-trips through the query string in a stable order', () => {
    const filters = {
      from: '2021-01-01',
      to: '2021-12-31',
      countries: ['FR', 'ES'],
      regions: ['teruel', 'soria'],
      recordedOnly: true,
      approvedOnly: true,
    };
    const search = writeFilters(filters);
    expect(search).toBe('?from=2021-01-01&to=2021-12-31&countries=ES,FR&regions=soria,teruel&recorded=1&approved=1');
    expect(readFilters(new URLSearchParams(search))).toEqual({ ...filters, countries: ['ES', 'FR'], regions: ['soria', 'teruel'] });
  });

  it('drops values that are not dates, country codes or slugs', () => {
    expect(readFilters(new URLSearchParams('from=yesterday&countries=es,FR&regions=Soria,teruel'))).toEqual({
      from: undefined,
      to: undefined,
      countries: ['FR'],
      regions: ['teruel'],
      recordedOnly: false,
      approvedOnly: false,
    });
  });

  it('keeps the reporting period the indicators page shows, and drops one that is not a code', () => {
    expect(writeFilters({ ...NO_FILTERS, regions: ['soria'], period: '2022' })).toBe('?regions=soria&period=2022');
    expect(readFilters(new URLSearchParams('period=2022')).period).toBe('2022');
    expect(readFilters(new URLSearchParams('period=<script>')).period).toBeUndefined();
  });

  it('becomes the API filter, leaving out an inverted period rather than sending it', () => {
    expect(toAnalyticsFilter({ ...NO_FILTERS, regions: ['soria'], from: '2021-11-24', to: '2021-11-24' })).toEqual({
      regions: ['soria'],
      from: '2021-11-24',
      to: '2021-11-24',
    });
    expect(toAnalyticsFilter({ ...NO_FILTERS, recordedOnly: true, from: '2022-01-01', to: '2021-01-01' })).toEqual({
      illustrative: false,
    });
  });

  it('keeps "approved records only" in the URL and sends it as approvedOnly, leaving it out when off', () => {
    expect(writeFilters({ ...NO_FILTERS, regions: ['soria'], approvedOnly: true })).toBe('?regions=soria&approved=1');
    expect(writeFilters(NO_FILTERS)).toBe('');
    expect(readFilters(new URLSearchParams('approved=1')).approvedOnly).toBe(true);
    expect(readFilters(new URLSearchParams('approved=yes')).approvedOnly).toBe(false);
    expect(toAnalyticsFilter({ ...NO_FILTERS, regions: ['soria'], approvedOnly: true })).toEqual({
      regions: ['soria'],
      approvedOnly: true,
    });
    expect(toAnalyticsFilter(NO_FILTERS)).toEqual({});
    // What every page sends carries it, the previous period's filter as much as the current one.
    const previous = toAnalyticsFilter({ ...NO_FILTERS, approvedOnly: true, from: '2021-01-01', to: '2021-12-31' });
    expect(previous).toEqual({ from: '2021-01-01', to: '2021-12-31', approvedOnly: true });
  });

  it('finds the period of the same length just before', () => {
    expect(previousPeriod('2021-11-01', '2021-11-30')).toEqual({ from: '2021-10-02', to: '2021-10-31', days: 30 });
  });
});

describe('reporting periods, for those who read the protected publication', () => {
  const periods = [
    { code: 'SIRA', kind: 'PROJECT', start: '2021-01-01', end: '2023-03-31' },
    { code: '2021', kind: 'YEAR', start: '2021-01-01', end: '2021-12-31' },
    { code: '2022', kind: 'YEAR', start: '2022-01-01', end: '2022-12-31' },
    { code: '2023', kind: 'YEAR', start: '2023-01-01', end: '2023-03-31' },
  ];
  const [sira, y2021, y2022, y2023] = periods as [(typeof periods)[0], (typeof periods)[0], (typeof periods)[0], (typeof periods)[0]];

  it('reads dates as all roundtables, a reporting period, or other dates', () => {
    expect(publishedPeriodOf(periods, {})).toEqual({ kind: 'all' });
    expect(publishedPeriodOf(periods, { from: '2022-01-01', to: '2022-12-31' })).toEqual({ kind: 'period', period: y2022 });
    expect(publishedPeriodOf(periods, { from: '2021-01-01', to: '2023-03-31' })).toEqual({ kind: 'period', period: sira });
    expect(publishedPeriodOf(periods, { from: '2022-01-01', to: '2022-06-30' })).toEqual({ kind: 'other' });
    expect(publishedPeriodOf(periods, { from: '2022-01-01' })).toEqual({ kind: 'other' });
  });

  it('compares a year with the reporting year before it, and offers nothing before the first or for the project', () => {
    expect(previousReportingYear(periods, y2023)).toBe(y2022);
    expect(previousReportingYear(periods, y2022)).toBe(y2021);
    expect(previousReportingYear(periods, y2021)).toBeUndefined();
    expect(previousReportingYear(periods, sira)).toBeUndefined();
  });
});

// Every catalogue's keys, arguments and translations: messages.test.ts.
describe('messages', () => {
  it('names every reason a count is withheld for, in both languages', () => {
    for (const reason of ['SMALL_COUNT', 'PROTECTS_SMALL_COUNT', 'NOT_PUBLISHED'] as const) {
      for (const key of [`withheld.${reason}`, `withheld.explain.${reason}`, `withheld.split.${reason}`] as const) {
        expect(en[key]).toBeTruthy();
        expect(es[key]).not.toBe(en[key]);
      }
    }
    expect([en['withheld.SMALL_COUNT'], es['withheld.SMALL_COUNT']]).toEqual(['Fewer than 5', 'Menos de 5']);
  });
});
