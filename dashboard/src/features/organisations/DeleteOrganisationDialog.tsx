import { useApolloClient } from '@apollo/client/react';
import { type RefObject, useId, useRef, useState } from 'react';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { readWriteRefusal, type WriteRefusal } from '../../data/api-errors';
import { ModalDialog } from './ModalDialog';
import type { OrganisationRow } from './OrganisationColumns';
import { DELETE_ORGANISATION } from './organisation-writes';

/**
 * Asks before deleting an organisation, at the version the list showed: if someone has changed
 * it since, the API refuses and nothing is lost. Cancel takes the focus, so a slip of the Enter
 * key keeps it.
 */
export function DeleteOrganisationDialog({
  organisation,
  onDeleted,
  onStale,
  onClose,
}: {
  organisation: OrganisationRow | null;
  onDeleted: (organisation: OrganisationRow) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useOrganisationsI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  return (
    <ModalDialog
      open={organisation !== null}
      onClose={onClose}
      initialFocus={cancel}
      describedBy={questionId}
      title={t('organisations.deleteTitle', { name: organisation?.name ?? '' })}
    >
      {organisation && (
        <DeleteQuestion
          organisation={organisation}
          questionId={questionId}
          cancel={cancel}
          onDeleted={onDeleted}
          onStale={onStale}
          onClose={onClose}
        />
      )}
    </ModalDialog>
  );
}

function DeleteQuestion({
  organisation,
  questionId,
  cancel,
  onDeleted,
  onStale,
  onClose,
}: {
  organisation: OrganisationRow;
  questionId: string;
  cancel: RefObject<HTMLButtonElement | null>;
  onDeleted: (organisation: OrganisationRow) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t, format } = useOrganisationsI18n();
  const client = useApolloClient();
  const [working, setWorking] = useState(false);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const confirm = async () => {
    if (working) return;
    setWorking(true);
    setRefusal(null);
    try {
      await client.mutate({ mutation: DELETE_ORGANISATION, variables: { slug: organisation.slug, expectedVersion: organisation.version } });
      onDeleted(organisation);
    } catch (error) {
      setRefusal(readWriteRefusal(error));
      setWorking(false);
    }
  };
  return (
    <>
      <p id={questionId}>{t('organisations.deleteQuestion', { name: organisation.name })}</p>
      {refusal && (
        <p className="form-error" role="alert">
          {refusal.kind === 'staleVersion' ? t('organisations.stale', { version: format.number(refusal.currentVersion) }) : refusal.message}
        </p>
      )}
      <div className="form-actions">
        {refusal?.kind === 'staleVersion' ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              onClose();
              onStale();
            }}
          >
            {t('form.reload')}
          </button>
        ) : (
          <button type="button" className="primary danger" onClick={() => void confirm()}>
            {working ? t('organisations.deleting') : t('organisations.deleteConfirm')}
          </button>
        )}
        <button ref={cancel} type="button" className="secondary" onClick={onClose}>
          {t('organisations.cancel')}
        </button>
      </div>
    </>
  );
}
