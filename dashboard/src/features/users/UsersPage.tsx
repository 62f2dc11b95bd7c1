import './users.css';
import { useState } from 'react';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { mayManageUsers } from '../../app/session/permissions';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { LabelsLink } from '../labels/LabelsLink';
import { InviteForm } from './InviteForm';
import { OneTimeLink, type ShownLink } from './OneTimeLink';
import { UserTable } from './UserTable';

/** `/users`: who signs in, for ADMIN: invite with a one-time link, deactivate or reactivate, make a new password link. */
export default function UsersPage() {
  const { t } = useAccountsI18n();
  const session = useSession();
  const [link, setLink] = useState<ShownLink | null>(null);
  const [invitations, setInvitations] = useState(0);
  usePageTitle(t('users.title'));
  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="page-intro">{t('users.intro')}</p>
      {mayManageUsers(session?.viewer) ? (
        <div className="users-page">
          {link && <OneTimeLink link={link} />}
          <InviteForm
            onInvited={(made) => {
              setLink(made);
              setInvitations((count) => count + 1);
            }}
          />
          <UserTable refreshKey={invitations} onLink={setLink} />
          <LabelsLink />
        </div>
      ) : (
        <div className="banner notice" role="note">
          <p>{t('users.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      )}
    </>
  );
}
