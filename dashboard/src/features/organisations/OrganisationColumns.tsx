import type { OrganisationFieldsFragment, OrganisationSortField } from '../../__generated__/graphql';
import type { OrganisationsI18n } from '../../app/i18n/organisations';
import type { PagedColumn } from '../quality/PagedTable';

export type OrganisationRow = OrganisationFieldsFragment;

/** What a row offers to do, each named with the organisation for a screen reader; none when the viewer may do nothing. */
export interface RowActions {
  edit?(row: OrganisationRow): void;
  remove?(row: OrganisationRow): void;
  history?(row: OrganisationRow): void;
  mayEdit(row: OrganisationRow): boolean;
  mayReadHistory(row: OrganisationRow): boolean;
}

/**
 * The list's columns, in the table and in downloads alike. Whether an organisation is migrant-
 * or refugee-led is yes, no or not known: a download leaves not known empty, never "no".
 */
export function organisationColumns(
  { t }: OrganisationsI18n,
  categoryLabel: (code: string) => string,
  actions: RowActions | null,
): PagedColumn<OrganisationRow, OrganisationSortField>[] {
  const region = (row: OrganisationRow) => row.region?.name ?? t('organisations.acrossRegions');
  const migrantLed = (row: OrganisationRow) =>
    row.migrantLed === true ? t('organisations.yes') : row.migrantLed === false ? t('organisations.no') : t('organisations.notKnown');
  const columns: PagedColumn<OrganisationRow, OrganisationSortField>[] = [
    { label: t('organisations.field.name'), sort: 'NAME', cell: (row) => row.name, value: (row) => row.name },
    {
      label: t('organisations.column.slug'),
      downloadOnly: true,
      cell: (row) => row.slug,
      value: (row) => row.slug,
    },
    {
      label: t('organisations.field.category'),
      sort: 'CATEGORY',
      cell: (row) => categoryLabel(row.category.code),
      value: (row) => categoryLabel(row.category.code),
    },
    { label: t('organisations.field.region'), sort: 'REGION', cell: region, value: region },
    {
      label: t('organisations.field.migrantLed'),
      sort: 'MIGRANT_LED',
      cell: migrantLed,
      value: (row) => (row.migrantLed === null || row.migrantLed === undefined ? null : migrantLed(row)),
    },
  ];
  if (actions) {
    columns.push({ label: t('organisations.column.actions'), cell: (row) => <Actions row={row} actions={actions} t={t} /> });
  }
  return columns;
}

function Actions({ row, actions, t }: { row: OrganisationRow; actions: RowActions; t: OrganisationsI18n['t'] }) {
  const named = <span className="sr-only"> {row.name}</span>;
  const editable = actions.mayEdit(row);
  return (
    <div className="row-actions">
      {editable && actions.edit && (
        <button type="button" className="link-button" onClick={() => actions.edit?.(row)}>
          {t('organisations.edit')}
          {named}
        </button>
      )}
      {editable && actions.remove && (
        <button type="button" className="link-button danger" onClick={() => actions.remove?.(row)}>
          {t('organisations.delete')}
          {named}
        </button>
      )}
      {actions.mayReadHistory(row) && actions.history && (
        <button type="button" className="link-button" onClick={() => actions.history?.(row)}>
          {t('history.title')}
          {named}
        </button>
      )}
    </div>
  );
}
