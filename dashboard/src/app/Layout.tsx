import type { ReactNode } from 'react';
import { useI18n } from './i18n/i18n';
import { isLocale, LOCALES } from './i18n/locales';
import { Link, useLocation } from './router';
import { matchRoute, NAV_ROUTES } from './routes';
import { RoleNote } from './session/RoleNote';
import { SessionControl } from './session/SessionControl';
import { useSession } from './session/session-store';
import { useHrefWithFilters } from './use-filters';

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const route = matchRoute(useLocation().pathname);
  const href = useHrefWithFilters();
  const current = (name: string) => (route.name === name ? 'page' : undefined);
  const viewer = useSession()?.viewer;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <div className="brand">
            <Link to={href('/')}>{t('app.name')}</Link>
            <span>{t('app.tagline')}</span>
          </div>
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              {NAV_ROUTES.filter((entry) => entry.shownTo?.(viewer) ?? true).map((entry) => (
                <li key={entry.name}>
                  <Link to={entry.keepsFilters ? href(entry.path) : entry.path} aria-current={current(entry.name)}>
                    {t(entry.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <label className="language">
              {t('language.label')}
              <select
                value={locale}
                onChange={(event) => {
                  if (isLocale(event.target.value)) setLocale(event.target.value);
                }}
              >
                {Object.entries(LOCALES).map(([code, { name }]) => (
                  <option key={code} value={code} lang={code}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <SessionControl />
          </div>
        </div>
        <RoleNote />
      </header>
      <main id="main" className="layout" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
