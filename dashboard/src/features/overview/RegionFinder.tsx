import { useId, useState } from 'react';
import type { Filters } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';
import { useHrefWithFilters } from '../../app/use-filters';
import { useRegionOptions } from '../filters/region-options';
import { folded, regionCollator } from '../filters/region-search';

/** How many names a search lists at most: enough to spot the one meant, never a page of a thousand. */
const MOST_FOUND = 20;

/** The regions in scope not listed, found by a search that ignores accents and case. */
export default function RegionFinder({
  others,
  listed,
  filters,
}: {
  others: number;
  listed: readonly { region: { slug: string } }[];
  filters: Filters;
}) {
  const { t, locale } = useI18n();
  const href = useHrefWithFilters();
  const regions = useRegionOptions() ?? [];
  const [search, setSearch] = useState('');
  const searchId = useId();
  const listedSlugs = new Set(listed.map((row) => row.region.slug));
  // As the API reads the filters: chosen regions, else the chosen countries' regions; generated regions not among recorded facts.
  const inScope = (region: { slug: string; country: string; illustrative: boolean }) =>
    !(filters.recordedOnly && region.illustrative) &&
    (filters.regions.length
      ? filters.regions.includes(region.slug)
      : !filters.countries.length || filters.countries.includes(region.country));
  const wanted = folded(search.trim(), locale);
  const collator = regionCollator(locale);
  const found = wanted
    ? regions
        .filter((region) => inScope(region) && !listedSlugs.has(region.slug) && folded(region.name, locale).includes(wanted))
        .sort((a, b) => collator.compare(a.name, b.name))
    : [];
  return (
    <div className="region-finder">
      <p className="chart-description">{t('overview.regionsOthers', { count: others })}</p>
      <label htmlFor={searchId}>{t('filters.regionSearch')}</label>{' '}
      <input id={searchId} type="search" value={search} autoComplete="off" onChange={(event) => setSearch(event.target.value)} />
      {/* Always there, so that a screen reader announces each new count as the search changes. */}
      <p role="status" className="muted">
        {wanted &&
          (found.length
            ? t('filters.regionsShown', { shown: Math.min(found.length, MOST_FOUND), total: found.length })
            : t('filters.regionsNoMatch'))}
      </p>
      {found.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {found.slice(0, MOST_FOUND).map((region) => (
            <li key={region.slug}>
              <Link to={href(`/regions/${region.slug}`)}>{region.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
