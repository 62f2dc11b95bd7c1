import { type FormEvent, useId, useRef, useState } from 'react';
import { useAccountsI18n } from '../../app/i18n/accounts';
import type { Session } from '../../app/session/session';
import { type SignInFailure, signInWithPassword } from './sign-in-requests';

/** User name and password, for a user added with `pnpm sira user add`. */
export function PasswordForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useAccountsI18n();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const [working, setWorking] = useState(false);
  const password = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    const form = new FormData(event.currentTarget);
    setWorking(true);
    // Emptied first, so the same refusal twice is announced twice.
    setFailure(null);
    const result = await signInWithPassword(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
    setWorking(false);
    if ('session' in result) return onSignedIn(result.session);
    setFailure(result);
    if (password.current) {
      password.current.value = '';
      password.current.focus();
    }
  };
  const message =
    failure?.error === 'wrong'
      ? t('signIn.wrong')
      : failure?.error === 'tooMany'
        ? t('signIn.tooMany', { seconds: failure.retryAfterSeconds })
        : failure
          ? t('signIn.failed')
          : '';
  const invalid = failure?.error === 'wrong' ? true : undefined;

  return (
    <form className="sign-in-form" onSubmit={submit} aria-busy={working}>
      <label>
        {t('signIn.username')}
        <input
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={invalid}
          aria-describedby={failure ? errorId : undefined}
        />
      </label>
      <label>
        {t('signIn.password')}
        <input
          ref={password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid}
          aria-describedby={failure ? errorId : undefined}
        />
      </label>
      <p id={errorId} className="form-error" role="alert">
        {message}
      </p>
      <button type="submit" className="primary">
        {working ? t('signIn.working') : t('signIn.submit')}
      </button>
    </form>
  );
}
