import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { type OrganisationsI18n, useOrganisationsI18n } from '../../app/i18n/organisations';
import { ErrorState, Loading } from '../../ui/States';
import { ModalDialog } from './ModalDialog';
import type { OrganisationRow } from './OrganisationColumns';
import {
  asOrganisationSnapshot,
  type OrganisationAuditedField,
  type OrganisationChange,
  type OrganisationSnapshot,
  organisationChanges,
} from './organisation-history';

const ORGANISATION_HISTORY = graphql(`
  query OrganisationHistory($slug: String!) {
    organisationAuditLog(slug: $slug, limit: 100) {
      id
      at
      actorName
      actorRole
      action
      before
      after
    }
  }
`);

const FIELD_LABELS = {
  name: 'organisations.field.name',
  categoryCode: 'organisations.field.category',
  regionSlug: 'organisations.field.region',
  migrantLed: 'organisations.field.migrantLed',
} as const satisfies Record<OrganisationAuditedField, string>;

interface Names {
  category(code: string): string;
  region(slug: string): string;
}

/** Who changed an organisation, when, and each field before and after, newest first; read only when opened. */
export function OrganisationHistoryDialog({
  organisation,
  names,
  onClose,
}: {
  organisation: OrganisationRow | null;
  names: Names;
  onClose: () => void;
}) {
  const { t } = useOrganisationsI18n();
  return (
    <ModalDialog
      open={organisation !== null}
      onClose={onClose}
      className="history-dialog"
      title={t('organisations.historyTitle', { name: organisation?.name ?? '' })}
    >
      {organisation && <HistoryEntries slug={organisation.slug} names={names} />}
      <div className="form-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('organisations.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

function HistoryEntries({ slug, names }: { slug: string; names: Names }) {
  const i18n = useOrganisationsI18n();
  const { t, format } = i18n;
  const { data, error, loading, refetch } = useQuery(ORGANISATION_HISTORY, { variables: { slug }, fetchPolicy: 'network-only' });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const entries = data?.organisationAuditLog ?? [];
  if (entries.length === 0) return <p className="muted">{t('history.none')}</p>;
  return (
    <ol className="organisation-history">
      {entries.map((entry) => {
        const when = format.dateTime(entry.at);
        const before = asOrganisationSnapshot(entry.before);
        const changes = organisationChanges(before, asOrganisationSnapshot(entry.after));
        return (
          <li key={entry.id}>
            <p className="organisation-history-meta">
              <strong>{t(`audit.${entry.action}`)}</strong> · <time dateTime={entry.at}>{when}</time> · {entry.actorName} (
              {t(`role.${entry.actorRole}`)})
            </p>
            {changes.length === 0 ? (
              <p className="muted">{t('history.noFieldChanged')}</p>
            ) : (
              <table className="data organisation-history-changes">
                <caption className="sr-only">{t('history.changesOf', { when })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('history.field')}</th>
                    <th scope="col">{t('history.before')}</th>
                    <th scope="col">{t('history.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{t(FIELD_LABELS[change.field])}</th>
                      <td>{before ? describe(change, 'before', names, i18n) : <span className="muted">{t('history.empty')}</span>}</td>
                      <td>{entry.after ? describe(change, 'after', names, i18n) : <span className="muted">{t('history.empty')}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A field's value in words: a category's and a region's names, and migrant-led as yes, no or not known. */
function describe(change: OrganisationChange, side: 'before' | 'after', names: Names, { t }: OrganisationsI18n): string {
  const value = change[side] as OrganisationSnapshot[OrganisationAuditedField];
  switch (change.field) {
    case 'name':
      return typeof value === 'string' ? value : '';
    case 'categoryCode':
      return typeof value === 'string' ? names.category(value) : '';
    case 'regionSlug':
      return typeof value === 'string' ? names.region(value) : t('organisations.acrossRegions');
    case 'migrantLed':
      return value === true ? t('organisations.yes') : value === false ? t('organisations.no') : t('organisations.notKnown');
  }
}
