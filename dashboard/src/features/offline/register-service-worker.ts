import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that keeps the app's files for offline use (built by Workbox,
 * see vite.config.ts). Called once the first view is shown, so it never delays it; `vite dev`
 * has no worker.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void new Workbox('/sw.js', { scope: '/' }).register().catch(() => undefined);
}
