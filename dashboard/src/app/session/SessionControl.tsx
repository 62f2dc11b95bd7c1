import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { Link, useLocation } from '../router';
import { matchRoute } from '../routes';
import { signInHref } from './session-lifecycle';
import { sessionStore, useSession } from './session-store';

/** Who is signed in, with a way out; or a way in. */
export function SessionControl() {
  const { t } = useI18n();
  const session = useSession();
  const onSignInPage = matchRoute(useLocation().pathname).name === 'signIn';
  const [signedOut, setSignedOut] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  // The sign-out button is gone once pressed: keep keyboard focus on the control that replaces it.
  useEffect(() => {
    if (signedOut && !session) container.current?.querySelector('a')?.focus();
  }, [signedOut, session]);

  if (!session) {
    return (
      <div className="session-control" ref={container}>
        {!onSignInPage && (
          <Link className="button-link" to={signInHref()}>
            {t('session.signIn')}
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className="session-control" ref={container}>
      <p className="viewer">
        <span className="sr-only">{t('session.label')} </span>
        <strong className="viewer-name">{session.viewer.name}</strong>{' '}
        <span className="viewer-role">{t(`role.${session.viewer.role}`)}</span>
      </p>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setSignedOut(true);
          void sessionStore.signOut();
        }}
      >
        {t('session.signOut')}
      </button>
    </div>
  );
}
