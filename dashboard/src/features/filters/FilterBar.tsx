import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import type { Filters } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { useFilters } from '../../app/use-filters';

const FILTER_OPTIONS = graphql(`
  query FilterOptions {
    regions {
      slug
      name
      country
      illustrative
    }
  }
`);

/**
 * Period, countries and regions: every change goes into the URL, so the view can be shared
 * and the browser's back button undoes it. On a region's own page, regions and countries
 * are not offered (`showRegions` off).
 */
export function FilterBar({ showRegions = true }: { showRegions?: boolean }) {
  const { t, format } = useI18n();
  const [filters, setFilters] = useFilters();
  const { data } = useQuery(FILTER_OPTIONS);
  const regions = data?.regions ?? [];
  const countries = [...new Set(regions.map((region) => region.country))].sort();
  const visibleRegions = filters.countries.length ? regions.filter((region) => filters.countries.includes(region.country)) : regions;
  const update = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const periodInvalid = Boolean(filters.from && filters.to && filters.from > filters.to);
  return (
    <form className="filters" aria-label={t('filters.title')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="sr-only">{t('filters.title')}</legend>
        <div className="filter-row">
          <label>
            {t('filters.from')}
            <input type="date" value={filters.from ?? ''} onChange={(event) => update({ from: event.target.value || undefined })} />
          </label>
          <label>
            {t('filters.to')}
            <input type="date" value={filters.to ?? ''} onChange={(event) => update({ to: event.target.value || undefined })} />
          </label>
          {showRegions && (
            <fieldset>
              <legend>{t('filters.countries')}</legend>
              <div className="checks">
                {countries.map((code) => (
                  <label key={code}>
                    <input
                      type="checkbox"
                      checked={filters.countries.includes(code)}
                      onChange={() => update({ countries: toggle(filters.countries, code) })}
                    />
                    {format.country(code)}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <label style={{ flexDirection: 'row', alignItems: 'center', gap: '0.4rem' }}>
            <input type="checkbox" checked={filters.recordedOnly} onChange={() => update({ recordedOnly: !filters.recordedOnly })} />
            {t('filters.recordedOnly')}
          </label>
          <button type="button" className="link-button" onClick={() => setFilters({ countries: [], regions: [], recordedOnly: false })}>
            {t('filters.clear')}
          </button>
        </div>
        {periodInvalid && (
          <p className="filter-error" role="alert">
            {t('filters.invalidPeriod')}
          </p>
        )}
        {showRegions && (
          <details open={filters.regions.length > 0}>
            <summary>
              {t('filters.regions')}
              {filters.regions.length ? ` (${format.number(filters.regions.length)})` : ''}
            </summary>
            <fieldset>
              <legend className="sr-only">{t('filters.regions')}</legend>
              <div className="checks">
                {visibleRegions.map((region) => (
                  <label key={region.slug}>
                    <input
                      type="checkbox"
                      checked={filters.regions.includes(region.slug)}
                      onChange={() => update({ regions: toggle(filters.regions, region.slug) })}
                    />
                    {region.name}
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
        )}
      </fieldset>
    </form>
  );
}
