import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import type { SignedInRole } from '../../app/session/session';
import { readWriteRefusal } from '../../data/api-errors';
import { TextField } from '../account/TextField';
import { AccessFields, problemsByField } from './AccessFields';
import type { ShownLink } from './OneTimeLink';

const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
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

/** Someone to invite: user name, name, role and (for a coordinator) regions; the answer is their one-time link. */
export function InviteForm({ onInvited }: { onInvited: (link: ShownLink) => void }) {
  const { t } = useAccountsI18n();
  const [invite, { loading }] = useMutation(INVITE_USER);
  const [role, setRole] = useState<SignedInRole>('COORDINATOR');
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setFailure(null);
    try {
      const result = await invite({
        variables: {
          input: {
            username: String(data.get('username') ?? '').trim(),
            name: String(data.get('name') ?? '').trim(),
            role,
            regions: role === 'COORDINATOR' ? data.getAll('regions').map(String) : [],
          },
        },
      });
      const link = result.data?.inviteUser;
      if (!link) return;
      setProblems(new Map());
      form.reset();
      onInvited(link);
    } catch (error) {
      const refusal = readWriteRefusal(error);
      setProblems(refusal.kind === 'problems' ? problemsByField(refusal.problems) : new Map());
      setFailure(refusal.kind === 'problems' ? t('users.notSaved') : t('users.refused', { message: refusal.message }));
    }
  };

  return (
    <section className="invite" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.inviteTitle')}</h2>
      <form className="invite-form" onSubmit={submit} aria-busy={loading} noValidate>
        <TextField
          label={t('users.username')}
          hint={t('users.usernameHint')}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          problems={problems.get('username')}
        />
        <TextField
          label={t('users.name')}
          hint={t('users.nameHint')}
          name="name"
          autoComplete="off"
          required
          problems={problems.get('name')}
        />
        <AccessFields idPrefix="invite" role={role} onRole={setRole} problems={problems} />
        <p className="form-error" role="alert">
          {failure ?? ''}
        </p>
        <button type="submit" className="primary">
          {loading ? t('users.inviting') : t('users.invite')}
        </button>
      </form>
    </section>
  );
}
