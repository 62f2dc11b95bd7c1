import type { Filters } from '../../app/filters';
import type { ReportI18n } from '../../app/i18n/report';

/**
 * The filters in one line of words, as a printed copy must say what it covers: a reader
 * of the paper cannot look at the filter bar.
 */
export function describeFilters(filters: Filters, regionNames: ReadonlyMap<string, string>, { t, format, locale }: ReportI18n): string {
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const parts = [
    filters.countries.length ? t('report.filterCountries', { list: list(filters.countries.map(format.country)) }) : '',
    filters.regions.length ? t('report.filterRegions', { list: list(filters.regions.map((slug) => regionNames.get(slug) ?? slug)) }) : '',
    filters.from ? t('report.filterFrom', { date: format.date(filters.from) }) : '',
    filters.to ? t('report.filterTo', { date: format.date(filters.to) }) : '',
    filters.recordedOnly ? t('report.filterRecordedOnly') : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : t('report.filtersNone');
}
