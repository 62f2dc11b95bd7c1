import './sign-in.css';
import { useEffect, useState } from 'react';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { usePageTitle } from '../../app/page-title';
import { Link, navigate, useLocation } from '../../app/router';
import { type Session, safeNext } from '../../app/session/session';
import { sessionStore } from '../../app/session/session-store';
import { PasswordForm } from './PasswordForm';
import { TokenForm } from './TokenForm';

/** `/sign-in?next=/compare`: signs in, then returns to the page the user came from. */
export default function SignInPage() {
  const { t } = useAccountsI18n();
  usePageTitle(t('signIn.title'));
  const next = safeNext(useLocation().searchParams.get('next'));
  // Read once: the notice stays on this page while the store forgets it.
  const [ended] = useState(() => sessionStore.get().ended);
  useEffect(() => sessionStore.acknowledge(), []);

  const signedIn = (session: Session) => {
    sessionStore.signIn(session);
    navigate(next, { replace: true });
  };
  return (
    <div className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {ended === 'expired' && (
        <p className="banner notice" role="status">
          {t('signIn.expired')}
        </p>
      )}
      <p className="page-intro">{t('signIn.intro')}</p>
      <PasswordForm onSignedIn={signedIn} />
      <TokenForm onSignedIn={signedIn} />
      <p>
        <Link to={next}>{t('signIn.continue')}</Link>
      </p>
    </div>
  );
}
