import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { SIGNED_IN_ROLES, type SignedInRole } from '../../app/session/session';
import { readWriteRefusal } from '../../data/api-errors';
import { TextField } from '../account/TextField';
import type { ShownLink } from './OneTimeLink';

const INVITE_REGIONS = graphql(`
  query InviteRegions {
    regions {
      slug
      name
    }
  }
`);

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
  const regions = useQuery(INVITE_REGIONS).data?.regions ?? [];
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
      const byField = new Map<string, string[]>();
      if (refusal.kind === 'problems') {
        for (const { field, message } of refusal.problems) {
          const key = field.replace(/^input\./, '');
          byField.set(key, [...(byField.get(key) ?? []), message]);
        }
      }
      setProblems(byField);
      setFailure(refusal.kind === 'problems' ? t('users.notSaved') : t('users.refused', { message: refusal.message }));
    }
  };

  const regionProblems = problems.get('regions') ?? [];
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
        <div className="field">
          <label htmlFor="invite-role">{t('users.role')}</label>
          <select id="invite-role" value={role} onChange={(event) => setRole(event.target.value as SignedInRole)}>
            {SIGNED_IN_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
          {problems.get('role') && <p className="field-error">{problems.get('role')?.join(' ')}</p>}
        </div>
        {role === 'COORDINATOR' && (
          <fieldset
            className="field invite-regions"
            aria-describedby={regionProblems.length ? 'invite-regions-error' : 'invite-regions-hint'}
          >
            <legend>{t('users.regions')}</legend>
            <p id="invite-regions-hint" className="field-hint">
              {t('users.regionsHint')}
            </p>
            {regions.map((region) => (
              <label key={region.slug} className="check">
                <input type="checkbox" name="regions" value={region.slug} /> {region.name}
              </label>
            ))}
            {regionProblems.length > 0 && (
              <p id="invite-regions-error" className="field-error">
                {regionProblems.join(' ')}
              </p>
            )}
          </fieldset>
        )}
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
