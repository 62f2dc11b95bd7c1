import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useNotFoundI18n } from '../../app/i18n/not-found';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { useHrefWithFilters } from '../../app/use-filters';

const NOT_FOUND_REGIONS = graphql(`
  query NotFoundRegions {
    regions {
      slug
      name
      illustrative
    }
  }
`);

/** What was not found: a page no route names, a region, or a roundtable (deleted, say). */
export type Missing = { kind: 'page'; path: string } | { kind: 'region'; slug: string } | { kind: 'roundtable' };

/**
 * Says what was not found and offers the way back: the previous page, the overview, and each
 * region's page. The one answer to an address that leads nowhere, whether no route matches it
 * or the record it names does not exist.
 */
export function NotFound({ missing }: { missing: Missing }) {
  const { t, locale } = useNotFoundI18n();
  const href = useHrefWithFilters();
  const regions = useQuery(NOT_FOUND_REGIONS);
  const { title, detail, record } =
    missing.kind === 'region'
      ? { title: t('notFound.regionTitle'), detail: t('region.notFound', { slug: missing.slug }), record: missing.slug }
      : missing.kind === 'roundtable'
        ? { title: t('notFound.roundtableTitle'), detail: t('notFound.roundtable'), record: undefined }
        : { title: t('notFound.title'), detail: t('notFound.page', { path: missing.path }), record: missing.path };
  usePageTitle(title, record);
  // Opened from a link elsewhere or typed in, a tab has no page of ours to go back to.
  const hasPrevious = window.history.length > 1;
  const recorded = (regions.data?.regions ?? [])
    .filter((region) => !region.illustrative)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <h1>{title}</h1>
      <p className="page-intro">{detail}</p>
      <section aria-labelledby="way-back-title">
        <h2 id="way-back-title">{t('notFound.wayBack')}</h2>
        <ul>
          {hasPrevious && (
            <li>
              <button type="button" className="link-button" onClick={() => window.history.back()}>
                {t('notFound.previous')}
              </button>
            </li>
          )}
          <li>
            <Link to={href('/')}>{t('region.back')}</Link>
          </li>
        </ul>
        {recorded.length > 0 && (
          <>
            <p>{t('notFound.regions')}</p>
            <ul className="region-links">
              {recorded.map((region) => (
                <li key={region.slug}>
                  <Link to={href(regionPath(region.slug))}>{region.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
