import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { matchRoute, NAV_ROUTES } from '../routes';
import { useSession } from '../session/session-store';
import { useHrefWithFilters } from '../use-filters';

/** The links of the route table's navigation, the current page marked, each shown only to whom it serves. */
export function MainNav() {
  const { t } = useI18n();
  const route = matchRoute(useLocation().pathname);
  const href = useHrefWithFilters();
  const viewer = useSession()?.viewer;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ROUTES.filter((entry) => entry.shownTo?.(viewer) ?? true).map((entry) => (
          <li key={entry.name}>
            <Link to={entry.keepsFilters ? href(entry.path) : entry.path} aria-current={route.name === entry.name ? 'page' : undefined}>
              {t(entry.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
