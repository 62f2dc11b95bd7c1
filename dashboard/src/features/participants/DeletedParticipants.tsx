import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { DeletedParticipantsQuery } from '../../__generated__/graphql';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import type { ParticipantChoices } from './participant-choices';
import { asParticipantSnapshot } from './participant-history';
import { RESTORE_PARTICIPANT } from './participant-writes';
import { participantCode } from './sheet-rows';

const DELETED_PARTICIPANTS = graphql(`
  query DeletedParticipants($roundtableId: ID!) {
    deletedParticipants(roundtableId: $roundtableId) {
      id
      at
      actorName
      actorRole
      entityId
      before
    }
  }
`);

type Deletion = DeletedParticipantsQuery['deletedParticipants'][number];

/** The roundtable's deleted participants, newest first, each with a way to bring it back for those who may. */
export function DeletedParticipants({
  roundtableId,
  mayRestore,
  choices,
  onRestored,
}: {
  roundtableId: string;
  mayRestore: boolean;
  choices: ParticipantChoices;
  onRestored: (message: string) => void;
}) {
  const { t } = useParticipantsI18n();
  const { data, error, loading, refetch } = useQuery(DELETED_PARTICIPANTS, { variables: { roundtableId } });
  const deletions = data?.deletedParticipants ?? [];
  return (
    <section className="card" aria-labelledby="deleted-participants-title">
      <h2 id="deleted-participants-title">{t('participants.deleted.title')}</h2>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : deletions.length === 0 ? (
        <p className="muted">{t('participants.deleted.none')}</p>
      ) : (
        <>
          <p className="muted">{t('participants.deleted.intro')}</p>
          <ul className="deleted-list">
            {deletions.map((deletion) => (
              <DeletedParticipant key={deletion.id} deletion={deletion} mayRestore={mayRestore} choices={choices} onRestored={onRestored} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DeletedParticipant({
  deletion,
  mayRestore,
  choices,
  onRestored,
}: {
  deletion: Deletion;
  mayRestore: boolean;
  choices: ParticipantChoices;
  onRestored: (message: string) => void;
}) {
  const { t, format } = useParticipantsI18n();
  const client = useApolloClient();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const code = participantCode(deletion.entityId);
  const category = asParticipantSnapshot(deletion.before)?.categoryCode;
  const restore = async () => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      await client.mutate({ mutation: RESTORE_PARTICIPANT, variables: { auditEntryId: deletion.id }, update: forgetRoundtableFigures });
      onRestored(t('participants.deleted.restored', { code }));
    } catch (error) {
      setFailure(readWriteRefusal(error).message);
      setWorking(false);
    }
  };
  return (
    <li>
      <p>
        <strong>
          <code>{code}</code>
        </strong>
        {category ? ` · ${choices.categoryLabel(category)}` : ''}
        <br />
        <span className="muted">
          {t('participants.deleted.by', {
            when: format.dateTime(deletion.at),
            who: deletion.actorName,
            role: t(`role.${deletion.actorRole}`),
          })}
        </span>
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      {mayRestore && (
        <button type="button" className="secondary" onClick={() => void restore()}>
          {working ? t('participants.deleted.restoring') : t('participants.deleted.restore')}
          <span className="sr-only"> {code}</span>
        </button>
      )}
    </li>
  );
}
