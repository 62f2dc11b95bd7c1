import { type FormEvent, useId, useState } from 'react';
import { useAccountsI18n } from '../../app/i18n/accounts';
import type { Session } from '../../app/session/session';
import { signInWithToken, type TokenSignInResult } from './sign-in-requests';

type TokenError = Extract<TokenSignInResult, { error: string }>['error'];

const MESSAGE = {
  malformed: 'signIn.tokenMalformed',
  expired: 'signIn.tokenExpired',
  refused: 'signIn.tokenRefused',
  failed: 'signIn.failed',
} as const satisfies Record<TokenError, string>;

/** A token from `pnpm sira token`, for local use; folded away behind the password form. */
export function TokenForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useAccountsI18n();
  const [error, setError] = useState<TokenError | null>(null);
  const [working, setWorking] = useState(false);
  const errorId = useId();
  const hintId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    setError(null);
    const result = await signInWithToken(String(new FormData(event.currentTarget).get('token') ?? ''));
    setWorking(false);
    if ('session' in result) return onSignedIn(result.session);
    setError(result.error);
  };

  return (
    <details className="token-sign-in">
      <summary>{t('signIn.tokenTitle')}</summary>
      <form className="sign-in-form" onSubmit={submit} aria-busy={working}>
        <p id={hintId} className="muted">
          {t('signIn.tokenHint')}
        </p>
        <label>
          {t('signIn.token')}
          <textarea
            name="token"
            rows={4}
            autoComplete="off"
            spellCheck={false}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          />
        </label>
        <p id={errorId} className="form-error" role="alert">
          {error ? t(MESSAGE[error]) : ''}
        </p>
        <button type="submit" className="primary">
          {working ? t('signIn.working') : t('signIn.tokenSubmit')}
        </button>
      </form>
    </details>
  );
}
