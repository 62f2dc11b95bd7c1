import type { OrganiserRole } from '../../../__generated__/graphql';
import { useEditingI18n } from '../../../app/i18n/editing';
import { newRowKey, type OrganiserRow } from '../form-values';
import { RowListSection } from '../RowListSection';
import { SelectField } from '../SelectField';
import type { Choice, SectionProps } from './section-props';

const ROLES: OrganiserRole[] = ['ORGANISER', 'SUPPORTER'];

/** Organisations that organised or supported the roundtable, chosen by their slug. */
export function OrganisersSection({ values, change, organisations }: SectionProps & { organisations: readonly Choice[] }) {
  const { t } = useEditingI18n();
  return (
    <RowListSection<OrganiserRow>
      list="organisers"
      legend={t('region.organisers')}
      rows={values.organisers}
      onChange={(rows) => change({ organisers: rows })}
      newRow={() => ({ key: newRowKey(), organisation: '', role: 'ORGANISER' })}
      firstField="organisation"
      addLabel={t('form.addOrganiser')}
      removeLabel={(position) => t('form.removeOrganiser', { position })}
      rowLegend={(position) => t('form.organiserN', { position })}
      renderRow={(row, update) => (
        <div className="field-row">
          <SelectField
            field={`organisers.${row.key}.organisation`}
            label={t('form.organisation')}
            value={row.organisation}
            onChange={(organisation) => update({ organisation })}
            options={organisations}
            placeholder={t('form.chooseOrganisation')}
          />
          <SelectField
            field={`organisers.${row.key}.role`}
            label={t('form.organiserRole')}
            value={row.role}
            onChange={(role) => update({ role: role as OrganiserRole })}
            options={ROLES.map((role) => ({ value: role, label: t(`organiserRole.${role}`) }))}
          />
        </div>
      )}
    />
  );
}
