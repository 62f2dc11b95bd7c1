import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { preloadableLazy } from '../preloadable-lazy';
import { Link } from '../router';
import { mayImport, seesPublication } from '../session/permissions';
import { RoleNote } from '../session/RoleNote';
import { SessionControl } from '../session/SessionControl';
import { useSession } from '../session/session-store';
import { useHrefWithFilters } from '../use-filters';
import { FailureBoundary } from './FailureBoundary';
import { LanguageSelect } from './LanguageSelect';
import { MainNav } from './MainNav';

// Offline work (the service worker, drafts waiting to sync) loads after the first view, never with it.
const OfflineAgent = preloadableLazy(() => import('../../features/offline/OfflineAgent'));
// So does the note on how current the publication is: it matters only while one is being built.
const PublicationNote = preloadableLazy(() => import('../../features/about/PublicationNote'));

/**
 * When what works in the background (offline work; for readers, the publication's note) may
 * load: for those who record roundtables, as soon as the page is shown, since their drafts wait
 * on it; for readers, once the browser has had a moment with nothing to do (3 s at the latest),
 * as it only keeps the app: their first view's data, chart code and drawing come first. Loading
 * it with the header made its 40 kB of code run beside them, and its suspending made React hold
 * back what the page revealed next by 300 ms.
 */
function useBackgroundWorkDue(records: boolean): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (records) {
      setDue(true);
      return;
    }
    if (!globalThis.requestIdleCallback) {
      const timer = setTimeout(() => setDue(true), 1000);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(() => setDue(true), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, [records]);
  return due;
}

/** What every page shares: the header with the navigation, language and session, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const href = useHrefWithFilters();
  const viewer = useSession()?.viewer;
  const backgroundWorkDue = useBackgroundWorkDue(mayImport(viewer));
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
            {backgroundWorkDue && (
              // Offline work that failed to load leaves the page as it is: it is tried again on the next page load.
              <FailureBoundary failed={() => null}>
                <Suspense fallback={null}>
                  <OfflineAgent />
                </Suspense>
              </FailureBoundary>
            )}
          </div>
        </div>
        <RoleNote />
        {backgroundWorkDue && seesPublication(viewer) && (
          <FailureBoundary failed={() => null}>
            <Suspense fallback={null}>
              <PublicationNote />
            </Suspense>
          </FailureBoundary>
        )}
      </header>
      <main id="main" className="layout" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
