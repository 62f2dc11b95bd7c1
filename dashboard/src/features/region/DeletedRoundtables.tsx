import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RegionDeletionsQuery } from '../../__generated__/graphql';
import { KEEP_OFFLINE } from '../../app/apollo';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { readWriteRefusal } from '../../data/api-errors';
import { asSnapshot, deletedRoundtables } from '../../data/audit';
import { ErrorState, Loading } from '../../ui/States';
import { REGION_DELETIONS, RESTORE_ROUNDTABLE } from './region-writes';

type Deletion = RegionDeletionsQuery['auditLog'][number];

const isForbidden = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.code === 'FORBIDDEN');

/** The region's deleted roundtables, newest first, each with a way to bring it back. */
export function DeletedRoundtables({ slug, onRestored }: { slug: string; onRestored: (number: number) => void }) {
  const { t } = useEditingI18n();
  const { data, error, loading, refetch } = useQuery(REGION_DELETIONS, { variables: { slug }, context: KEEP_OFFLINE });
  const deletions = data
    ? deletedRoundtables(
        data.auditLog,
        data.roundtables.map((roundtable) => roundtable.id),
      )
    : [];
  return (
    <section className="card" aria-labelledby="deleted-title">
      <h2 id="deleted-title">{t('deleted.title')}</h2>
      {/* The API decides who reads the audit trail; its refusal says who may. */}
      {error && isForbidden(error) ? (
        <p className="muted">{t('deleted.forbidden', { message: error.message })}</p>
      ) : error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : deletions.length === 0 ? (
        <p className="muted">{t('deleted.none')}</p>
      ) : (
        <>
          <p className="muted">{t('deleted.intro')}</p>
          <ul className="deleted-list">
            {deletions.map((deletion) => (
              <DeletedRoundtable key={deletion.id} deletion={deletion} onRestored={onRestored} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DeletedRoundtable({ deletion, onRestored }: { deletion: Deletion; onRestored: (number: number) => void }) {
  const { t, format } = useEditingI18n();
  const client = useApolloClient();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const snapshot = asSnapshot(deletion.before);
  const number = snapshot?.number ?? 0;
  const restore = async () => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      await client.mutate({ mutation: RESTORE_ROUNDTABLE, variables: { auditEntryId: deletion.id }, update: forgetRoundtableFigures });
      onRestored(number);
    } catch (error) {
      setFailure(readWriteRefusal(error).message);
      setWorking(false);
    }
  };
  return (
    <li>
      <p>
        <strong>{t('region.roundtable', { number })}</strong>
        {snapshot?.date ? ` · ${format.date(snapshot.date)}` : ''}
        <br />
        <span className="muted">
          {t('deleted.by', { when: format.dateTime(deletion.at), who: deletion.actorName, role: t(`role.${deletion.actorRole}`) })}
        </span>
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <button type="button" className="secondary" onClick={() => void restore()}>
        {working ? t('deleted.restoring') : t('deleted.restore')}
        <span className="sr-only"> {t('region.roundtable', { number })}</span>
      </button>
    </li>
  );
}
