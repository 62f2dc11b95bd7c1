import './region-picker.css';
import { useId, useState } from 'react';
import { useI18n } from '../../app/i18n/i18n';
import { type PickableRegion, regionGroups } from './region-search';

/**
 * The regions to count, for a list of 1,000 as well as 10: a search that ignores accents and
 * case, the regions grouped by country and sorted as the reader's language sorts names, each
 * country's shown regions chosen or cleared at once. Native checkboxes and buttons, so the
 * keyboard (Tab, Space) and screen readers work as anywhere; Escape in the search clears it.
 */
export default function RegionPicker({
  regions,
  selected,
  onChange,
}: {
  regions: readonly PickableRegion[];
  selected: readonly string[];
  onChange: (slugs: string[]) => void;
}) {
  const { t, format, locale } = useI18n();
  const [search, setSearch] = useState('');
  const searchId = useId();
  const groups = regionGroups(regions, search, locale, format.country);
  const shown = groups.reduce((count, group) => count + group.regions.length, 0);
  const chosen = new Set(selected);
  const toggle = (slug: string) => onChange(chosen.has(slug) ? selected.filter((s) => s !== slug) : [...selected, slug]);
  const choose = (slugs: readonly string[], on: boolean) =>
    onChange(on ? [...new Set([...selected, ...slugs])] : selected.filter((slug) => !slugs.includes(slug)));
  return (
    <div className="region-picker">
      <div className="region-picker-search">
        <label htmlFor={searchId}>{t('filters.regionSearch')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search) {
              event.preventDefault();
              setSearch('');
            }
          }}
        />
        <span role="status" className="region-picker-count">
          {t('filters.regionsShown', { shown, total: regions.length })}
        </span>
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            {t('filters.regionsClear', { count: selected.length })}
          </button>
        )}
      </div>
      <div className="region-picker-groups">
        {groups.map((group) => {
          const slugs = group.regions.map((region) => region.slug);
          const all = slugs.every((slug) => chosen.has(slug));
          const some = slugs.some((slug) => chosen.has(slug));
          return (
            <fieldset key={group.country} className="region-picker-group">
              <legend>{group.countryName}</legend>
              <div className="region-picker-actions">
                <button type="button" className="secondary" disabled={all} onClick={() => choose(slugs, true)}>
                  {t('filters.countrySelect', { country: group.countryName, count: slugs.length })}
                </button>
                <button type="button" className="secondary" disabled={!some} onClick={() => choose(slugs, false)}>
                  {t('filters.countryClear', { country: group.countryName })}
                </button>
              </div>
              <div className="checks">
                {group.regions.map((region) => (
                  <label key={region.slug}>
                    <input type="checkbox" checked={chosen.has(region.slug)} onChange={() => toggle(region.slug)} />
                    {region.name}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        {shown === 0 && <p>{t('filters.regionsNoMatch')}</p>}
      </div>
    </div>
  );
}
