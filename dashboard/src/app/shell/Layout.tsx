import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router';
import { RoleNote } from '../session/RoleNote';
import { SessionControl } from '../session/SessionControl';
import { useHrefWithFilters } from '../use-filters';
import { LanguageSelect } from './LanguageSelect';
import { MainNav } from './MainNav';

// Offline work (the service worker, drafts waiting to sync) loads after the first view, never with it.
const OfflineAgent = lazy(() => import('../../features/offline/OfflineAgent'));

/** What every page shares: the header with the navigation, language and session, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const href = useHrefWithFilters();
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
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
          <MainNav />
          <div className="header-tools">
            <LanguageSelect />
            <SessionControl />
            {shown && (
              <Suspense fallback={null}>
                <OfflineAgent />
              </Suspense>
            )}
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
