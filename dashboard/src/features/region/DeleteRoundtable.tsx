import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';
import { DELETE_ROUNDTABLE } from './region-writes';

interface Roundtable {
  id: string;
  number: number;
  date: string;
  version: number;
}

/**
 * "Delete", then a dialog that names the roundtable and the version being deleted, confirmed by
 * "Delete roundtable 3": if someone has changed it since, the API refuses and nothing is lost.
 */
export function DeleteRoundtable({
  roundtable,
  regionName,
  onDeleted,
}: {
  roundtable: Roundtable;
  regionName: string;
  onDeleted: () => void;
}) {
  const { t, format } = useEditingI18n();
  const client = useApolloClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const titleId = useId();
  const questionId = useId();
  const { number, version } = roundtable;

  const confirm = async () => {
    if (working) return;
    setWorking(true);
    setRefusal(null);
    try {
      await client.mutate({
        mutation: DELETE_ROUNDTABLE,
        variables: { id: roundtable.id, expectedVersion: version },
        update: forgetRoundtableFigures,
      });
      dialog.current?.close();
      onDeleted();
    } catch (error) {
      setRefusal(readWriteRefusal(error));
    } finally {
      setWorking(false);
    }
  };
  // Their version replaces this one on the page; the dialog closes on the old one.
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
          // Cancel takes the focus: a slip of the Enter key keeps the roundtable.
          cancel.current?.focus();
        }}
      >
        {t('delete.open')}
        <span className="sr-only"> {t('region.roundtable', { number })}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={questionId}>
        <h2 id={titleId}>{t('delete.title', { number })}</h2>
        <p id={questionId}>{t('delete.question', { number, region: regionName, date: format.date(roundtable.date), version })}</p>
        {refusal && (
          <p className="form-error" role="alert">
            {refusal.kind === 'staleVersion' ? t('delete.stale', { version: refusal.currentVersion }) : refusal.message}
          </p>
        )}
        <div className="form-actions">
          {refusal?.kind === 'staleVersion' ? (
            <button type="button" className="primary" onClick={reload}>
              {t('form.reload')}
            </button>
          ) : (
            <button type="button" className="primary danger" onClick={() => void confirm()}>
              {working ? t('delete.working') : t('delete.confirm', { number })}
            </button>
          )}
          <button ref={cancel} type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('delete.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
