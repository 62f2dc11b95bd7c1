import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import type { SignedInRole } from '../../app/session/session';
import { readWriteRefusal } from '../../data/api-errors';
import { AccessFields, problemsByField } from './AccessFields';

const UPDATE_USER_ACCESS = graphql(`
  mutation UpdateUserAccess($username: String!, $version: Int!, $input: UserAccessInput!) {
    updateUserAccess(username: $username, expectedVersion: $version, input: $input) {
      username
      role
      regions
      status
      version
    }
  }
`);

export interface EditedUser {
  username: string;
  name: string;
  role: SignedInRole;
  regions: readonly string[];
  version: number;
}

/** Another role or other regions for one user; their sessions end, so their next sign-in carries the new ones. */
export function AccessEditor({ user, onDone }: { user: EditedUser; onDone: (outcome: string | null) => void }) {
  const { t } = useAccountsI18n();
  const [update, { loading }] = useMutation(UPDATE_USER_ACCESS);
  const [role, setRole] = useState<SignedInRole>(user.role);
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const [failure, setFailure] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const regions = role === 'COORDINATOR' ? new FormData(event.currentTarget).getAll('regions').map(String) : [];
    setFailure('');
    try {
      await update({ variables: { username: user.username, version: user.version, input: { role, regions } } });
      onDone(t('users.accessChanged', { name: user.name, role: t(`role.${role}`) }));
    } catch (error) {
      const refusal = readWriteRefusal(error);
      setProblems(refusal.kind === 'problems' ? problemsByField(refusal.problems) : new Map());
      setFailure(refusal.kind === 'problems' ? t('users.notSaved') : t('users.refused', { message: refusal.message }));
    }
  };

  return (
    <section className="access-editor" aria-labelledby="access-editor-title">
      <h3 id="access-editor-title" ref={heading} tabIndex={-1}>
        {t('users.accessTitle', { name: user.name })}
      </h3>
      <form className="invite-form" onSubmit={submit} aria-busy={loading} noValidate>
        <AccessFields idPrefix="access" role={role} onRole={setRole} regions={user.regions} problems={problems} />
        <p className="field-hint">{t('users.accessHint')}</p>
        <p className="form-error" role="alert">
          {failure}
        </p>
        <div className="form-actions">
          <button type="submit" className="primary">
            {loading ? t('users.saving') : t('users.saveAccess')}
          </button>
          <button type="button" className="secondary" onClick={() => onDone(null)}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
