import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { graphql } from '../../__generated__';
import { type ParticipantsI18n, useParticipantsI18n } from '../../app/i18n/participants';
import { ErrorState, Loading } from '../../ui/States';
import type { RegionRoundtable } from './EditParticipant';
import type { ParticipantChoices } from './participant-choices';
import { asParticipantSnapshot, changedParticipantFields, type ParticipantField, type ParticipantSnapshot } from './participant-history';

const PARTICIPANT_HISTORY = graphql(`
  query ParticipantHistory($id: ID!, $region: String!) {
    auditLog(entityId: $id, region: $region, limit: 100) {
      id
      at
      actorName
      actorRole
      action
      before
      after
    }
  }
`);

interface Context {
  i18n: ParticipantsI18n;
  choices: ParticipantChoices;
  numbers: ReadonlyMap<string, number>;
}

const FIELD_LABELS: Record<ParticipantField, Parameters<ParticipantsI18n['t']>[0]> = {
  categoryCode: 'participants.column.category',
  newcomer: 'participants.column.newcomer',
  gender: 'participants.column.gender',
  ageBand: 'participants.column.ageBand',
  organisationSlug: 'participants.column.organisation',
  participations: 'participants.history.participations',
};

/** A field of a recorded participant in words, one line per roundtable attended. */
function describe(field: ParticipantField, snapshot: ParticipantSnapshot | null, { i18n, choices, numbers }: Context): string[] {
  const { t } = i18n;
  if (!snapshot) return [];
  switch (field) {
    case 'categoryCode':
      return snapshot.categoryCode ? [choices.categoryLabel(snapshot.categoryCode)] : [];
    case 'newcomer':
      return snapshot.newcomer === undefined ? [] : [snapshot.newcomer ? t('participants.yes') : t('participants.no')];
    case 'gender':
      return [
        snapshot.gender ? t(`participants.gender.${snapshot.gender}` as 'participants.gender.FEMALE') : t('participants.notRecorded'),
      ];
    case 'ageBand':
      return [snapshot.ageBand ? t(`participants.age.${snapshot.ageBand}` as 'participants.age.UNDER_18') : t('participants.notRecorded')];
    case 'organisationSlug':
      return [snapshot.organisationSlug ? choices.organisationName(snapshot.organisationSlug) : t('participants.noOrganisation')];
    case 'participations':
      return (snapshot.participations ?? []).map((participation) => {
        const number = numbers.get(participation.roundtableId);
        const mode = t(`participants.mode.${participation.mode}` as 'participants.mode.ONLINE');
        return number === undefined
          ? t('participants.history.attendedElsewhere', { mode })
          : t('participants.history.attendedAt', { number, mode });
      });
  }
}

/** "History": a dialog with who changed the participant's record, when, and each field before and after. */
export function ParticipantHistory({
  id,
  code,
  regionSlug,
  regionRoundtables,
  choices,
}: {
  id: string;
  code: string;
  regionSlug: string;
  regionRoundtables: readonly RegionRoundtable[];
  choices: ParticipantChoices;
}) {
  const i18n = useParticipantsI18n();
  const { t } = i18n;
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const context: Context = { i18n, choices, numbers: new Map(regionRoundtables.map((roundtable) => [roundtable.id, roundtable.number])) };
  return (
    <>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
          close.current?.focus();
        }}
      >
        {t('participants.list.history')}
        <span className="sr-only"> {t('participants.list.of', { code })}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog history-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="dialog-head">
          <h2 id={titleId}>{t('participants.history.title', { code })}</h2>
          <button ref={close} type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('participants.history.close')}
          </button>
        </div>
        {open && <Entries id={id} regionSlug={regionSlug} context={context} />}
      </dialog>
    </>
  );
}

function Entries({ id, regionSlug, context }: { id: string; regionSlug: string; context: Context }) {
  const { t, format } = context.i18n;
  const { data, error, loading, refetch } = useQuery(PARTICIPANT_HISTORY, {
    variables: { id, region: regionSlug },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!data || data.auditLog.length === 0) return <p className="muted">{t('participants.history.none')}</p>;
  return (
    <ol className="history-entries">
      {data.auditLog.map((entry) => {
        const before = asParticipantSnapshot(entry.before);
        const after = asParticipantSnapshot(entry.after);
        const when = format.dateTime(entry.at);
        const changes = changedParticipantFields(before, after);
        return (
          <li key={entry.id}>
            <p className="history-meta">
              <strong>{t(`audit.${entry.action}`)}</strong> · <time dateTime={entry.at}>{when}</time> · {entry.actorName} (
              {t(`role.${entry.actorRole}`)})
            </p>
            {changes.length === 0 ? (
              <p className="muted">{t('history.noFieldChanged')}</p>
            ) : (
              <table className="data history-changes">
                <caption className="sr-only">{t('history.changesOf', { when })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('history.field')}</th>
                    <th scope="col">{t('history.before')}</th>
                    <th scope="col">{t('history.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((field) => (
                    <tr key={field}>
                      <th scope="row">{t(FIELD_LABELS[field])}</th>
                      <td>
                        <Lines lines={describe(field, before, context)} />
                      </td>
                      <td>
                        <Lines lines={describe(field, after, context)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function Lines({ lines }: { lines: string[] }) {
  const { t } = useParticipantsI18n();
  if (lines.length === 0) return <span className="muted">{t('history.empty')}</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="plain-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
