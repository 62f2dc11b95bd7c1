import './offline.css';
import { useOfflineI18n } from '../../app/i18n/offline';
import { Link } from '../../app/router';
import { draftPath } from '../../app/routes';
import { useDrafts } from './OfflineAgent';
import type { Draft } from './offline-db';

/** What a draft is, in a line: "New roundtable 7 · 15/03/2024" or "Roundtable 3, changed from version 2". */
export function useDraftLine(): (draft: Draft, regionName: string) => string {
  const { t, format } = useOfflineI18n();
  return (draft, region) => {
    const line = draft.roundtableId
      ? t('sync.changedRoundtable', { number: draft.values.number, region, version: draft.baseVersion ?? '' })
      : t('sync.newRoundtable', { number: draft.values.number, region });
    return /^\d{4}-\d{2}-\d{2}$/.test(draft.values.date) ? `${line} · ${format.date(draft.values.date)}` : line;
  };
}

/** The region's drafts kept on this device, apart from its synced roundtables, each to open again. */
export function RegionDrafts({ slug, regionName }: { slug: string; regionName: string }) {
  const { t } = useOfflineI18n();
  const line = useDraftLine();
  const drafts = (useDrafts() ?? []).filter((draft) => draft.region === slug);
  if (drafts.length === 0) return null;
  return (
    <section className="card region-drafts" aria-labelledby="region-drafts-title">
      <h2 id="region-drafts-title">{t('region.draftsTitle')}</h2>
      <ul className="draft-list">
        {drafts.map((draft) => (
          <li key={draft.id}>
            <Link to={draftPath(draft.id)}>{line(draft, regionName)}</Link>{' '}
            <span className="draft-state">{t(`sync.state.${draft.state}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On a roundtable's edit page: a change to it that already waits on this device, to open rather than start another. */
export function WaitingChange({ roundtableId }: { roundtableId: string }) {
  const { t } = useOfflineI18n();
  const waiting = (useDrafts() ?? []).filter((draft) => draft.roundtableId === roundtableId && draft.state !== 'editing');
  return (
    <>
      {waiting.map((draft) => (
        <p key={draft.id} className="banner notice" role="note">
          <Link to={draftPath(draft.id)}>{t('draft.waitingChange', { state: t(`sync.state.${draft.state}`) })}</Link>
        </p>
      ))}
    </>
  );
}
