import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { UsersQuery } from '../../__generated__/graphql';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { ScrollTable } from '../../ui/Tables';
import { AccessEditor, type EditedUser } from './AccessEditor';
import type { ShownLink } from './OneTimeLink';

const PAGE_SIZE = 50;

const USERS = graphql(`
  query Users($page: PageInput) {
    users(page: $page) {
      totalCount
      rows {
        username
        name
        role
        regions
        status
        version
        lastSignInAt
      }
    }
  }
`);

const DEACTIVATE_USER = graphql(`
  mutation DeactivateUser($username: String!, $version: Int!) {
    deactivateUser(username: $username, expectedVersion: $version) {
      username
      status
      version
    }
  }
`);

const REACTIVATE_USER = graphql(`
  mutation ReactivateUser($username: String!, $version: Int!) {
    reactivateUser(username: $username, expectedVersion: $version) {
      username
      status
      version
    }
  }
`);

const CREATE_PASSWORD_LINK = graphql(`
  mutation CreatePasswordLink($username: String!) {
    createPasswordLink(username: $username) {
      purpose
      path
      expiresAt
      user {
        username
        name
      }
    }
  }
`);

type User = NonNullable<UsersQuery['users']>['rows'][number];

/** Every user, a page at a time, each with what an ADMIN may do: deactivate or reactivate, and make a new password link. */
export function UserTable({ refreshKey, onLink }: { refreshKey: number; onLink: (link: ShownLink) => void }) {
  const { t, format } = useAccountsI18n();
  const [offset, setOffset] = useState(0);
  const { data, error, refetch } = useQuery(USERS, { variables: { page: { offset, limit: PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const [deactivate] = useMutation(DEACTIVATE_USER);
  const [reactivate] = useMutation(REACTIVATE_USER);
  const [createLink] = useMutation(CREATE_PASSWORD_LINK);
  const [outcome, setOutcome] = useState('');
  const [editing, setEditing] = useState<EditedUser | null>(null);
  const [seenRefresh, setSeenRefresh] = useState(refreshKey);
  if (seenRefresh !== refreshKey) {
    setSeenRefresh(refreshKey);
    void refetch();
  }

  const act = async (work: () => Promise<string>) => {
    setOutcome('');
    try {
      setOutcome(await work());
    } catch (failure) {
      setOutcome(t('users.refused', { message: readWriteRefusal(failure).message }));
      void refetch();
    }
  };
  const toggle = (user: User) =>
    act(async () => {
      const variables = { username: user.username, version: user.version };
      if (user.status === 'DEACTIVATED') {
        await reactivate({ variables });
        return t('users.reactivated', { name: user.name });
      }
      await deactivate({ variables });
      return t('users.deactivated', { name: user.name });
    });
  const newLink = (user: User) =>
    act(async () => {
      const link = (await createLink({ variables: { username: user.username } })).data?.createPasswordLink;
      if (link) onLink(link);
      return '';
    });

  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data?.users) return <Loading />;
  const { rows, totalCount } = data.users;
  return (
    <section aria-labelledby="users-list-title">
      <h2 id="users-list-title">{t('users.listTitle')}</h2>
      <p role="status" className="users-outcome">
        {outcome}
      </p>
      {editing && (
        <AccessEditor
          key={editing.username}
          user={editing}
          onDone={(changed) => {
            setEditing(null);
            if (changed) setOutcome(changed);
          }}
        />
      )}
      <ScrollTable caption={t('users.caption')} className="data users-table">
        <thead>
          <tr>
            <th scope="col">{t('users.col.username')}</th>
            <th scope="col">{t('users.col.name')}</th>
            <th scope="col">{t('users.col.role')}</th>
            <th scope="col">{t('users.col.regions')}</th>
            <th scope="col">{t('users.col.status')}</th>
            <th scope="col">{t('users.col.lastSignIn')}</th>
            <th scope="col">{t('users.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => (
            <tr key={user.username} className={`status-${user.status.toLowerCase()}`}>
              <th scope="row">{user.username}</th>
              <td>{user.name}</td>
              <td>{t(`role.${user.role}`)}</td>
              <td>{user.regions.length ? user.regions.join(', ') : t('users.none')}</td>
              <td>{t(`users.status.${user.status}`)}</td>
              <td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users.never')}</td>
              <td className="row-actions">
                <button type="button" className="secondary" onClick={() => void toggle(user)}>
                  {t(user.status === 'DEACTIVATED' ? 'users.reactivate' : 'users.deactivate', { username: user.username })}
                </button>
                {user.status !== 'DEACTIVATED' && (
                  <button type="button" className="secondary" onClick={() => void newLink(user)}>
                    {t('users.newLink', { username: user.username })}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setOutcome('');
                    setEditing({ ...user, role: user.role as EditedUser['role'] });
                  }}
                >
                  {t('users.changeAccess', { username: user.username })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {totalCount > PAGE_SIZE && (
        <nav className="pager" aria-label={t('users.caption')}>
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('users.previous')}
          </button>
          <span>{t('users.range', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, totalCount), total: totalCount })}</span>
          <button
            type="button"
            className="secondary"
            disabled={offset + PAGE_SIZE >= totalCount}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t('users.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
