import { useEffect } from 'react';
import { registerServiceWorker } from './register-service-worker';

/**
 * What works in the background of every page, loaded once the first view is shown: the
 * service worker that keeps the app for offline use.
 */
export default function OfflineAgent() {
  useEffect(registerServiceWorker, []);
  return null;
}
