import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useAccountsI18n } from '../../app/i18n/accounts';
import { SIGNED_IN_ROLES, type SignedInRole } from '../../app/session/session';

const ACCESS_REGIONS = graphql(`
  query AccessRegions {
    regions {
      slug
      name
    }
  }
`);

/**
 * A role and, for a coordinator, its regions (checkboxes named `regions`), as the invitation and
 * a change of role ask for them; the API's problems beside each.
 */
export function AccessFields({
  idPrefix,
  role,
  onRole,
  regions: chosen = [],
  problems,
}: {
  idPrefix: string;
  role: SignedInRole;
  onRole: (role: SignedInRole) => void;
  regions?: readonly string[];
  problems: ReadonlyMap<string, readonly string[]>;
}) {
  const { t } = useAccountsI18n();
  const regions = useQuery(ACCESS_REGIONS).data?.regions ?? [];
  const roleProblems = problems.get('role') ?? [];
  const regionProblems = problems.get('regions') ?? [];
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>{t('users.role')}</label>
        <select
          id={`${idPrefix}-role`}
          value={role}
          onChange={(event) => onRole(event.target.value as SignedInRole)}
          aria-describedby={roleProblems.length ? `${idPrefix}-role-error` : undefined}
        >
          {SIGNED_IN_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`role.${value}`)}
            </option>
          ))}
        </select>
        {roleProblems.length > 0 && (
          <p id={`${idPrefix}-role-error`} className="field-error">
            {roleProblems.join(' ')}
          </p>
        )}
      </div>
      {role === 'COORDINATOR' && (
        <fieldset
          className="field access-regions"
          aria-describedby={regionProblems.length ? `${idPrefix}-regions-error` : `${idPrefix}-regions-hint`}
        >
          <legend>{t('users.regions')}</legend>
          <p id={`${idPrefix}-regions-hint`} className="field-hint">
            {t('users.regionsHint')}
          </p>
          {regions.map((region) => (
            <label key={region.slug} className="check">
              <input type="checkbox" name="regions" value={region.slug} defaultChecked={chosen.includes(region.slug)} /> {region.name}
            </label>
          ))}
          {regionProblems.length > 0 && (
            <p id={`${idPrefix}-regions-error`} className="field-error">
              {regionProblems.join(' ')}
            </p>
          )}
        </fieldset>
      )}
    </>
  );
}

/** The API's field problems of a refused write, by field without the `input.` its argument adds. */
export function problemsByField(problems: readonly { field: string; message: string }[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const { field, message } of problems) {
    const key = field.replace(/^input\./, '');
    byField.set(key, [...(byField.get(key) ?? []), message]);
  }
  return byField;
}
