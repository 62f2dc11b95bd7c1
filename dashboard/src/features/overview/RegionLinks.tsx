import { lazy, Suspense } from 'react';
import type { Filters } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';
import { useHrefWithFilters } from '../../app/use-filters';

// Only a scope of more regions than the chart shows needs it: never the first view of ten platforms.
const RegionFinder = lazy(() => import('./RegionFinder'));

interface RegionRow {
  region: { slug: string; name: string };
  roundtables: number;
}

/**
 * The regions the chart shows, each a way into its own page with its roundtables counted (or "No
 * records"); when the scope holds more (1,000 regions, say), the others are found by name rather
 * than listed.
 */
export function RegionLinks({ rows, others, filters }: { rows: readonly RegionRow[]; others: number; filters: Filters }) {
  const { t, locale } = useI18n();
  const href = useHrefWithFilters();
  const sorted = [...rows].sort((a, b) => a.region.name.localeCompare(b.region.name, locale));
  return (
    <section className="card" aria-labelledby="regions-title">
      <h2 id="regions-title">{t('nav.regions')}</h2>
      <ul className="checks" style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0 0' }}>
        {sorted.map((row) => (
          <li key={row.region.slug}>
            <Link to={href(`/regions/${row.region.slug}`)}>{row.region.name}</Link>{' '}
            <span className="muted">
              ({row.roundtables > 0 ? t('count.roundtables', { count: row.roundtables }) : t('figure.noRecords')})
            </span>
          </li>
        ))}
      </ul>
      {others > 0 && (
        <Suspense fallback={null}>
          <RegionFinder others={others} listed={rows} filters={filters} />
        </Suspense>
      )}
    </section>
  );
}
