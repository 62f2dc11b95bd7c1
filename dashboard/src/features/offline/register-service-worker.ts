import { Workbox } from 'workbox-window';

/** How long the network must have been quiet before the service worker starts keeping the app. */
const QUIET_MS = 2_000;
/** Registered by then in any case: a page that keeps fetching must still become installable. */
const AT_LATEST_MS = 30_000;

/**
 * Resolves once the page has loaded and no resource has come in for `QUIET_MS`: installing the
 * worker fetches every chunk of the app (about 1.8 MB), which on a slow line would otherwise
 * compete with the first view's data and chart code (BENCHMARKS.md, First view).
 */
function networkQuiet(): Promise<void> {
  return new Promise((resolve) => {
    const started = () => {
      let timer = setTimeout(done, QUIET_MS);
      const observer = new PerformanceObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, QUIET_MS);
      });
      const latest = setTimeout(done, AT_LATEST_MS);
      function done() {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(latest);
        resolve();
      }
      observer.observe({ type: 'resource' });
    };
    if (document.readyState === 'complete') started();
    else globalThis.addEventListener('load', started, { once: true });
  });
}

/**
 * Registers the service worker that keeps the app's files for offline use (built by Workbox,
 * see vite.config.ts), once the first view has loaded and the network is quiet, so it never
 * delays it; `vite dev` has no worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void networkQuiet().then(() => new Workbox('/sw.js', { scope: '/' }).register().catch(() => undefined));
}
