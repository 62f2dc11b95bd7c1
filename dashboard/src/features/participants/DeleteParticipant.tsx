import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';
import { DELETE_PARTICIPANT } from './participant-writes';

/**
 * "Delete", then a dialog that names the record and the version being deleted, Cancel taking the
 * focus: if someone has changed it since, the API refuses and nothing is lost.
 */
export function DeleteParticipant({
  participant,
  code,
  onDeleted,
}: {
  participant: { id: string; version: number };
  code: string;
  onDeleted: (message: string) => void;
}) {
  const { t } = useParticipantsI18n();
  const client = useApolloClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const titleId = useId();
  const questionId = useId();
  const { version } = participant;

  const confirm = async () => {
    if (working) return;
    setWorking(true);
    setRefusal(null);
    try {
      await client.mutate({
        mutation: DELETE_PARTICIPANT,
        variables: { id: participant.id, expectedVersion: version },
        update: forgetRoundtableFigures,
      });
      dialog.current?.close();
      onDeleted(t('participants.delete.done', { code }));
    } catch (error) {
      setRefusal(readWriteRefusal(error));
    } finally {
      setWorking(false);
    }
  };
  const reload = () => {
    forgetRoundtableFigures(client.cache);
    dialog.current?.close();
  };

  return (
    <>
      <button
        type="button"
        className="secondary danger"
        onClick={() => {
          setRefusal(null);
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {t('participants.list.delete')}
        <span className="sr-only"> {code}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={questionId}>
        <h2 id={titleId}>{t('participants.delete.title', { code })}</h2>
        <p id={questionId}>{t('participants.delete.question', { code, version })}</p>
        {refusal && (
          <p className="form-error" role="alert">
            {refusal.kind === 'staleVersion' ? t('participants.delete.stale', { version: refusal.currentVersion }) : refusal.message}
          </p>
        )}
        <div className="form-actions">
          {refusal?.kind === 'staleVersion' ? (
            <button type="button" className="primary" onClick={reload}>
              {t('participants.edit.reload')}
            </button>
          ) : (
            <button type="button" className="primary danger" onClick={() => void confirm()}>
              {working ? t('participants.delete.working') : t('participants.delete.confirm', { code })}
            </button>
          )}
          <button ref={cancel} type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('participants.delete.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
