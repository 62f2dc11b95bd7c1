import './account.css';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { ErrorState, Loading } from '../../ui/States';
import { ChangePasswordForm } from './ChangePasswordForm';

const MY_ACCOUNT = graphql(`
  query MyAccount {
    myAccount {
      username
      name
      role
      regions
    }
  }
`);

/** `/account`: who the signed-in user is, and their own password. */
export default function AccountPage() {
  const { t } = useAccountsI18n();
  const session = useSession();
  usePageTitle(t('account.title'));
  return (
    <>
      <h1>{t('account.title')}</h1>
      {session ? (
        <AccountDetails />
      ) : (
        <p>
          <Link to={signInHref()}>{t('session.signIn')}</Link>
        </p>
      )}
    </>
  );
}

function AccountDetails() {
  const { t } = useAccountsI18n();
  const { data, error, refetch } = useQuery(MY_ACCOUNT, { fetchPolicy: 'network-only' });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (!data) return <Loading />;
  const account = data.myAccount;
  if (!account) {
    return (
      <p className="banner notice" role="note">
        {t('account.noAccount')}
      </p>
    );
  }
  return (
    <>
      <p className="page-intro">{t('account.intro')}</p>
      <dl className="account-details">
        <div>
          <dt>{t('account.username')}</dt>
          <dd>{account.username}</dd>
        </div>
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`role.${account.role}`)}</dd>
        </div>
        {account.regions.length > 0 && (
          <div>
            <dt>{t('account.regions')}</dt>
            <dd>{account.regions.join(', ')}</dd>
          </div>
        )}
      </dl>
      <ChangePasswordForm />
    </>
  );
}
