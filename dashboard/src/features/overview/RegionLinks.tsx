import { useI18n } from '../../app/i18n/i18n';
import { Link } from '../../app/router';
import { useHrefWithFilters } from '../../app/use-filters';

interface RegionRow {
  region: { slug: string; name: string };
  roundtables: number;
}

/** Every region in scope, each a way into its own page. */
export function RegionLinks({ rows }: { rows: RegionRow[] }) {
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
    </section>
  );
}
