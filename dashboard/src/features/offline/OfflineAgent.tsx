import './offline.css';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { useOfflineI18n } from '../../app/i18n/offline';
import { Link } from '../../app/router';
import { syncPath } from '../../app/routes';
import { mayImport } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { REGION, REGION_DETAIL } from '../region/region-queries';
import { FORM_OPTIONS } from '../roundtable-form/form-choices';
import { type Draft, listDrafts, onDraftsChanged } from './offline-db';
import { registerServiceWorker } from './register-service-worker';
import { syncDrafts, useSyncStatus } from './sync';

/**
 * How often drafts still waiting are sent again while the browser says it is online: on a poor
 * line it stays "online" while requests fail, and no event would start the sync again; nor
 * does one when the browser's word on the connection and the connection disagree.
 */
const RETRY_AFTER_MS = 10_000;

function onConnectionChange(changed: () => void): () => void {
  globalThis.addEventListener('online', changed);
  globalThis.addEventListener('offline', changed);
  return () => {
    globalThis.removeEventListener('online', changed);
    globalThis.removeEventListener('offline', changed);
  };
}

/**
 * Whether the browser has a connection, as it says and as it changes. Through
 * useSyncExternalStore, which reads it again once subscribed: a change between the first
 * render and the subscription (the agent loads while the page opens) would otherwise be
 * missed, and the drafts kept waiting as if the device were still offline.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(onConnectionChange, () => navigator.onLine);
}

/** The signed-in user's drafts on this device, read again whenever one changes. */
export function useDrafts(): Draft[] | undefined {
  const session = useSession();
  const [drafts, setDrafts] = useState<Draft[] | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another user has another database, read afresh.
  useEffect(() => {
    let current = true;
    const read = () =>
      void listDrafts()
        .then((list) => current && setDrafts(list))
        .catch(() => current && setDrafts([]));
    read();
    const stop = onDraftsChanged(read);
    return () => {
      current = false;
      stop();
    };
  }, [session]);
  return drafts;
}

/** Drafts that wait on the API, not those still being typed. */
export const waitingOf = (drafts: readonly Draft[]) => drafts.filter((draft) => draft.state !== 'editing');

/**
 * What works in the background of every page, loaded once the first view is shown: the
 * service worker that keeps the app for offline use; for those who record roundtables, the
 * sending of drafts at start and whenever the connection comes back, the count of what waits
 * in the header, and a note while offline.
 */
export default function OfflineAgent() {
  useEffect(registerServiceWorker, []);
  const viewer = useSession()?.viewer;
  return mayImport(viewer) ? <DraftsAgent /> : null;
}

function DraftsAgent() {
  const { t, locale } = useOfflineI18n();
  const client = useApolloClient();
  const online = useOnline();
  const regions = useSession()?.viewer.regions.join(',') ?? '';

  // Each region the coordinator records, as its page first shows it, and its form's choices, limits and closed
  // periods: read ahead and kept, so both open when the connection goes.
  useEffect(() => {
    if (!online) return;
    const keep = { fetchPolicy: 'network-only', context: KEEP_OFFLINE } as const;
    for (const slug of regions.split(',').filter(Boolean)) {
      void Promise.all([
        client.query({ query: REGION, variables: { slug }, ...keep }),
        client.query({ query: REGION_DETAIL, variables: { filter: { regions: [slug] }, locale }, ...keep }),
        client.query({ query: FORM_OPTIONS, variables: { slug, locale }, ...keep }),
      ]).catch(() => undefined);
    }
  }, [online, regions, locale, client]);
  const drafts = useDrafts();
  const waiting = waitingOf(drafts ?? []);
  const toSend = waiting.some((draft) => draft.state === 'waiting' || draft.state === 'syncing');

  useEffect(() => {
    if (online && toSend) void syncDrafts(client);
  }, [online, toSend, client]);
  const { running } = useSyncStatus();
  useEffect(() => {
    if (!online || !toSend || running) return;
    const timer = setInterval(() => void syncDrafts(client), RETRY_AFTER_MS);
    return () => clearInterval(timer);
  }, [online, toSend, running, client]);

  return (
    <>
      {waiting.length > 0 && (
        <Link className="sync-badge" to={syncPath()} aria-label={t('offline.badgeLabel', { count: waiting.length })}>
          <span aria-hidden="true">{t('offline.badge', { count: waiting.length })}</span>
        </Link>
      )}
      {!online && (
        <p className="offline-note" role="status">
          {t('offline.offlineNote')}
        </p>
      )}
    </>
  );
}
