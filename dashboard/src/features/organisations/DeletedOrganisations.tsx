import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { OrganisationDeletionsQuery } from '../../__generated__/graphql';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { mayEditOrganisation } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { asOrganisationSnapshot } from './organisation-history';
import { RESTORE_ORGANISATION } from './organisation-writes';

export const ORGANISATION_DELETIONS = graphql(`
  query OrganisationDeletions {
    organisationDeletions(limit: 100) {
      id
      at
      actorName
      actorRole
      regionSlug
      before
    }
  }
`);

type Deletion = OrganisationDeletionsQuery['organisationDeletions'][number];

/**
 * The organisations deleted and not back, newest first, each with a way to bring it back for
 * those who may (a coordinator sees its own regions' only): restored, it has its slug again, so
 * the roundtables that named it name it again.
 */
export function DeletedOrganisations({
  regionName,
  onRestored,
}: {
  regionName: (slug: string) => string;
  onRestored: (name: string) => void;
}) {
  const { t } = useOrganisationsI18n();
  const { data, error, loading, refetch } = useQuery(ORGANISATION_DELETIONS, { fetchPolicy: 'cache-and-network' });
  const deletions = data?.organisationDeletions ?? [];
  return (
    <section className="card" aria-labelledby="deleted-organisations-title">
      <h2 id="deleted-organisations-title">{t('organisations.deletedTitle')}</h2>
      {error ? (
        <ErrorState error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : deletions.length === 0 ? (
        <p className="muted">{t('organisations.deletedNone')}</p>
      ) : (
        <ul className="organisation-deletions">
          {deletions.map((deletion) => (
            <DeletedOrganisation key={deletion.id} deletion={deletion} regionName={regionName} onRestored={onRestored} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeletedOrganisation({
  deletion,
  regionName,
  onRestored,
}: {
  deletion: Deletion;
  regionName: (slug: string) => string;
  onRestored: (name: string) => void;
}) {
  const { t, format } = useOrganisationsI18n();
  const client = useApolloClient();
  const viewer = useSession()?.viewer;
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const name = asOrganisationSnapshot(deletion.before)?.name ?? '';
  const restore = async () => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      await client.mutate({ mutation: RESTORE_ORGANISATION, variables: { auditEntryId: deletion.id } });
      onRestored(name);
    } catch (error) {
      setFailure(readWriteRefusal(error).message);
      setWorking(false);
    }
  };
  return (
    <li>
      <p>
        <strong>{name}</strong> · {deletion.regionSlug ? regionName(deletion.regionSlug) : t('organisations.acrossRegions')}
        <br />
        <span className="muted">
          {t('deleted.by', { when: format.dateTime(deletion.at), who: deletion.actorName, role: t(`role.${deletion.actorRole}`) })}
        </span>
      </p>
      {mayEditOrganisation(viewer, deletion.regionSlug) && (
        <button type="button" className="secondary" onClick={() => void restore()}>
          {working ? t('deleted.restoring') : t('deleted.restore')}
          <span className="sr-only"> {name}</span>
        </button>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
