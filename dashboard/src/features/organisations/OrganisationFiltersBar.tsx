import { useEffect, useId, useRef, useState } from 'react';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import type { Choice } from './organisation-choices';
import { ACROSS_REGIONS, type OrganisationFilters } from './organisation-filters';

/** How long typing may pause before the list is asked again: each letter is not a request. */
const SEARCH_PAUSE_MS = 300;

/** Search by name, and the region and category to narrow the list to. */
export function OrganisationFiltersBar({
  filters,
  onChange,
  categories,
  regions,
}: {
  filters: OrganisationFilters;
  onChange: (next: OrganisationFilters) => void;
  categories: readonly Choice[];
  regions: readonly Choice[];
}) {
  const { t } = useOrganisationsI18n();
  const id = useId();
  const [text, setText] = useState(filters.search);
  const sent = useRef(filters.search);
  // The URL may change the search too (back, a shared link): the field follows it, but not its own
  // search coming back, which letters typed since would lose.
  useEffect(() => {
    if (filters.search !== sent.current) setText(filters.search);
    sent.current = filters.search;
  }, [filters.search]);
  useEffect(() => {
    if (text.trim() === filters.search.trim()) return;
    const timer = setTimeout(() => {
      sent.current = text.trim();
      onChange({ ...filters, search: text });
    }, SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  return (
    <search className="toolbar organisation-filters">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('organisations.search')}</label>
        <input id={`${id}-search`} type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`}>{t('organisations.field.region')}</label>
        <select
          id={`${id}-region`}
          value={filters.region}
          onChange={(event) => onChange({ ...filters, search: text, region: event.target.value })}
        >
          <option value="">{t('organisations.everyRegion')}</option>
          <option value={ACROSS_REGIONS}>{t('organisations.acrossRegions')}</option>
          {regions.map((region) => (
            <option key={region.value} value={region.value}>
              {region.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('organisations.field.category')}</label>
        <select
          id={`${id}-category`}
          value={filters.category}
          onChange={(event) => onChange({ ...filters, search: text, category: event.target.value })}
        >
          <option value="">{t('organisations.everyCategory')}</option>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
