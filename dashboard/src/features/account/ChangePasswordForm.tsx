import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { readWriteRefusal } from '../../data/api-errors';
import { MIN_PASSWORD_LENGTH } from './password-rules';
import { TextField } from './TextField';

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($current: String!, $next: String!) {
    changeMyPassword(currentPassword: $current, newPassword: $next) {
      username
    }
  }
`);

/** The current password and the new one twice; the API checks the current one and ends the user's other sessions. */
export function ChangePasswordForm() {
  const { t } = useAccountsI18n();
  const [change, { loading }] = useMutation(CHANGE_MY_PASSWORD);
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const next = String(data.get('newPassword') ?? '');
    setOutcome(null);
    if (next !== String(data.get('repeat') ?? '')) {
      setProblems(new Map([['repeat', [t('account.mismatch')]]]));
      return;
    }
    try {
      await change({ variables: { current: String(data.get('currentPassword') ?? ''), next } });
      setProblems(new Map());
      form.reset();
      setOutcome({ ok: true, text: t('account.changed') });
    } catch (error) {
      const refusal = readWriteRefusal(error);
      const byField = new Map<string, string[]>();
      if (refusal.kind === 'problems') for (const { field, message } of refusal.problems) byField.set(field, [message]);
      setProblems(byField);
      setOutcome({ ok: false, text: refusal.kind === 'problems' ? t('account.failed') : refusal.message });
    }
  };

  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('account.changeTitle')}</h2>
      <form className="password-form" onSubmit={submit} aria-busy={loading} noValidate>
        {/* For password managers: whose password this is. */}
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <TextField
          label={t('account.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          problems={problems.get('currentPassword')}
        />
        <TextField
          label={t('account.new')}
          hint={t('account.newHint', { min: MIN_PASSWORD_LENGTH })}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          problems={problems.get('newPassword')}
        />
        <TextField
          label={t('account.repeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          required
          problems={problems.get('repeat')}
        />
        <p className={outcome?.ok ? 'form-outcome' : 'form-error'} role={outcome?.ok ? 'status' : 'alert'}>
          {outcome?.text ?? ''}
        </p>
        <button type="submit" className="primary">
          {loading ? t('account.saving') : t('account.save')}
        </button>
      </form>
    </section>
  );
}
