import './offline.css';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../__generated__';
import { useOfflineI18n } from '../../app/i18n/offline';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { draftPath, editRoundtablePath } from '../../app/routes';
import { useSession } from '../../app/session/session-store';
import { Loading } from '../../ui/States';
import { useDrafts, useOnline } from './OfflineAgent';
import { type Draft, deleteDraft } from './offline-db';
import { useDraftLine } from './RegionDrafts';
import { type SyncStatus, syncDrafts, useSyncStatus } from './sync';

// What reviewers sent back to the coordinator, perhaps while they were offline: asked again after each sync.
const RETURNED_ROUNDTABLES = graphql(`
  query ReturnedRoundtables($filter: AnalyticsFilter, $states: [ReviewState!], $page: PageInput) {
    roundtablePage(filter: $filter, states: $states, page: $page) {
      totalCount
      rows {
        id
        number
        date
        region {
          slug
          name
        }
        reviewComment
      }
    }
  }
`);

/** `/sync`: what this device keeps, waiting to be sent, why it waits, and what reviewers returned. */
export default function SyncPage() {
  const { t } = useOfflineI18n();
  usePageTitle(t('sync.title'));
  const client = useApolloClient();
  const online = useOnline();
  const drafts = useDrafts();
  const status = useSyncStatus();
  const line = useDraftLine();
  const regions = useSession()?.viewer.regions ?? [];

  return (
    <>
      <h1>{t('sync.title')}</h1>
      <p className="page-intro">
        {t('sync.intro')} {t('sync.signOutNote')}
      </p>
      <SyncStatusNote status={status} online={online} />
      <p>
        <button type="button" className="primary" disabled={!online || status.running} onClick={() => void syncDrafts(client)}>
          {status.running ? t('sync.running') : t('sync.now')}
        </button>
      </p>
      {drafts === undefined ? (
        <Loading />
      ) : drafts.length === 0 ? (
        <p className="state">{t('sync.none')}</p>
      ) : (
        <ul className="draft-list">
          {drafts.map((draft) => (
            <DraftItem key={draft.id} draft={draft} line={line(draft, draft.region)} />
          ))}
        </ul>
      )}
      {online && <Returned regions={regions} syncedAt={status.endedAt} />}
    </>
  );
}

function SyncStatusNote({ status, online }: { status: SyncStatus; online: boolean }) {
  const { t } = useOfflineI18n();
  const stopped = status.stopped;
  const message = !online
    ? t('sync.offline')
    : stopped?.reason === 'signedOut'
      ? t('sync.signedOut')
      : stopped?.reason === 'failed'
        ? t('sync.failed', { message: stopped.message })
        : status.endedAt && !status.running
          ? t('sync.done', { count: status.synced })
          : '';
  return (
    <p className={message ? 'banner notice' : 'sr-only'} role="status">
      {message}
    </p>
  );
}

function DraftItem({ draft, line }: { draft: Draft; line: string }) {
  const { t, format } = useOfflineI18n();
  const [confirming, setConfirming] = useState(false);
  return (
    <li>
      <p>
        <strong>{line}</strong>
      </p>
      <p>
        <span className="draft-state">{t(`sync.state.${draft.state}`)}</span> ·{' '}
        {t('sync.savedAt', { time: format.dateTime(draft.updatedAt) })}
      </p>
      {draft.error && draft.state !== 'editing' && <p className="muted">{draft.error}</p>}
      <div className="draft-actions">
        <Link to={draftPath(draft.id)}>{draft.state === 'conflict' ? t('sync.resolve') : t('sync.open')}</Link>
        {confirming ? (
          <button type="button" className="secondary" onClick={() => void deleteDraft(draft.id)}>
            {t('sync.deleteConfirm')}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>
            {t('sync.delete')}
          </button>
        )}
      </div>
    </li>
  );
}

function Returned({ regions, syncedAt }: { regions: string[]; syncedAt: number | null }) {
  const { t } = useOfflineI18n();
  const returned = useQuery(RETURNED_ROUNDTABLES, {
    variables: { filter: { regions }, states: ['RETURNED'], page: { offset: 0, limit: 100 } },
    fetchPolicy: 'network-only',
    skip: regions.length === 0,
  });
  const rows = returned.data?.roundtablePage?.rows ?? [];
  const { refetch } = returned;
  useEffect(() => {
    if (syncedAt) void refetch();
  }, [syncedAt, refetch]);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="returned-title">
      <h2 id="returned-title">{t('sync.returnedTitle')}</h2>
      <p>{t('sync.returnedIntro')}</p>
      <ul className="draft-list">
        {rows.map((row) => (
          <li key={row.id}>
            <p>
              <strong>{t('sync.returnedItem', { number: row.number, region: row.region.name })}</strong>
            </p>
            {row.reviewComment && <blockquote>{row.reviewComment}</blockquote>}
            <Link to={editRoundtablePath(row.id)}>{t('sync.correct')}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
