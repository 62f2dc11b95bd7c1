import { lazy, Suspense, useState } from 'react';
import { type Filters, NO_FILTERS, publishedPeriodOf } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { seesPublication } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { useFilters } from '../../app/use-filters';
import { useReportingPeriods } from '../shared/reporting-periods';
import { useRegionOptions } from './region-options';

// The picker's code comes when the list is first opened: most visits never open it, and the
// first view's budget is for the figures.
const RegionPicker = lazy(() => import('./RegionPicker'));

/**
 * Period, countries and regions: every change goes into the URL, so the view can be shared
 * and the browser's back button undoes it. On a region's own page, regions and countries
 * are not offered (`showRegions` off); on a page with a period of its own, dates are not
 * (`showPeriod` off). FUNDER and PUBLIC choose a reporting period rather than dates, since
 * their figures are published per period, and are not offered "approved records only", which
 * is all they ever see; nor is it offered where it means nothing (`showApproved` off: the
 * review queue lists records that are not approved yet).
 */
export function FilterBar({
  showRegions = true,
  showPeriod = true,
  showApproved = true,
}: {
  showRegions?: boolean;
  showPeriod?: boolean;
  showApproved?: boolean;
}) {
  const { t, format, locale } = useI18n();
  const [filters, setFilters] = useFilters();
  const published = seesPublication(useSession()?.viewer);
  const regions = useRegionOptions() ?? [];
  const byName = new Intl.Collator(locale);
  const countries = [...new Set(regions.map((region) => region.country))].sort((a, b) =>
    byName.compare(format.country(a), format.country(b)),
  );
  const visibleRegions = filters.countries.length ? regions.filter((region) => filters.countries.includes(region.country)) : regions;
  const update = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);
  const [regionsOpen, setRegionsOpen] = useState(filters.regions.length > 0);
  const periodInvalid = showPeriod && !published && Boolean(filters.from && filters.to && filters.from > filters.to);
  return (
    <form className="filters" aria-label={t('filters.title')} onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="sr-only">{t('filters.title')}</legend>
        <div className="filter-row">
          {showPeriod && published && <PublishedPeriodSelect filters={filters} update={update} />}
          {showPeriod && !published && (
            <>
              <label>
                {t('filters.from')}
                <input type="date" value={filters.from ?? ''} onChange={(event) => update({ from: event.target.value || undefined })} />
              </label>
              <label>
                {t('filters.to')}
                <input type="date" value={filters.to ?? ''} onChange={(event) => update({ to: event.target.value || undefined })} />
              </label>
            </>
          )}
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
          {showApproved && !published && (
            <label style={{ flexDirection: 'row', alignItems: 'center', gap: '0.4rem' }}>
              <input type="checkbox" checked={filters.approvedOnly} onChange={() => update({ approvedOnly: !filters.approvedOnly })} />
              {t('filters.approvedOnly')}
            </label>
          )}
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            {t('filters.clear')}
          </button>
        </div>
        {periodInvalid && (
          <p className="filter-error" role="alert">
            {t('filters.invalidPeriod')}
          </p>
        )}
        {showRegions && (
          <details open={regionsOpen} onToggle={(event) => setRegionsOpen(event.currentTarget.open)}>
            <summary>
              {t('filters.regions')}
              {filters.regions.length ? ` (${format.number(filters.regions.length)})` : ''}
            </summary>
            {regionsOpen && (
              <Suspense fallback={<p className="muted">{t('state.loading')}</p>}>
                <RegionPicker regions={visibleRegions} selected={filters.regions} onChange={(regions) => update({ regions })} />
              </Suspense>
            )}
          </details>
        )}
      </fieldset>
    </form>
  );
}

const ALL = '';
const OTHER = 'other';

/** The reporting periods, and all roundtables, in place of free dates: choosing one sets its first and last days. */
function PublishedPeriodSelect({ filters, update }: { filters: Filters; update: (patch: Partial<Filters>) => void }) {
  const { t } = useI18n();
  const loaded = useReportingPeriods(true);
  const periods = loaded ?? [];
  const current = publishedPeriodOf(periods, filters);
  const value = current.kind === 'period' ? current.period.code : current.kind === 'other' ? OTHER : ALL;
  const choose = (code: string) => {
    const period = periods.find((candidate) => candidate.code === code);
    if (period) update({ from: period.start, to: period.end });
    else if (code === ALL) update({ from: undefined, to: undefined });
  };
  return (
    <label>
      {t('filters.period')}
      <select value={value} onChange={(event) => choose(event.target.value)} title={t('filters.periodHint')} disabled={!loaded}>
        <option value={ALL}>{t('filters.allRoundtables')}</option>
        {periods.map((period) => (
          <option key={period.code} value={period.code}>
            {period.label}
          </option>
        ))}
        {/* Only while the URL holds dates that are not a period: the page says they cannot be shown. */}
        {current.kind === 'other' && (
          <option value={OTHER} disabled>
            {t('filters.otherDates')}
          </option>
        )}
      </select>
    </label>
  );
}
