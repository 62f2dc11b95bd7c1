import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { preloadableLazy } from '../preloadable-lazy';
import { Link } from '../router';
import { RoleNote } from '../session/RoleNote';
import { SessionControl } from '../session/SessionControl';
import { useHrefWithFilters } from '../use-filters';
import { LanguageSelect } from './LanguageSelect';
import { MainNav } from './MainNav';

// Offline work (the service worker, drafts waiting to sync) loads after the first view, never with it.
const OfflineAgent = preloadableLazy(() => import('../../features/offline/OfflineAgent'));

/**
 * Whether the browser has had a moment with nothing to do since the page opened (3 s at the
 * latest): the first view's data, chart code and drawing come first. Loading offline work
 * as soon as the header showed made its 40 kB of code run beside them, and its suspending
 * made React hold back what the page revealed next by 300 ms.
 */
function useFirstIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!globalThis.requestIdleCallback) {
      const timer = setTimeout(() => setIdle(true), 1000);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}

/** What every page shares: the header with the navigation, language and session, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const href = useHrefWithFilters();
  const idle = useFirstIdle();
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
            {idle && (
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
