import { useState } from 'react';
import type { OrganiserRole } from '../../../__generated__/graphql';
import { useEditingI18n } from '../../../app/i18n/editing';
import { AddOrganisation } from '../AddOrganisation';
import { useFocusAfterRender } from '../focus';
import { fieldElementId, newRowKey, type OrganiserRow } from '../form-values';
import { RowListSection } from '../RowListSection';
import { updateRow } from '../rows';
import { SelectField } from '../SelectField';
import type { Choice, SectionProps } from './section-props';

const ROLES: OrganiserRole[] = ['ORGANISER', 'SUPPORTER'];

/**
 * Organisations that organised or supported the roundtable, chosen by their slug. One missing
 * from the list is recorded here, in the roundtable's region, and chosen at once: in the first
 * organiser row still empty, or a new one.
 */
export function OrganisersSection({ values, change, organisations }: SectionProps & { organisations: readonly Choice[] }) {
  const { t } = useEditingI18n();
  const focusLater = useFocusAfterRender();
  // Recorded from this form: offered at once, whatever the page's list of organisations says.
  const [added, setAdded] = useState<readonly Choice[]>([]);
  const known = new Set(organisations.map((choice) => choice.value));
  const offered = [...organisations, ...added.filter((choice) => !known.has(choice.value))];
  const choose = (organisation: Choice) => {
    setAdded((current) => [...current, organisation]);
    const empty = values.organisers.find((row) => !row.organisation);
    const key = empty?.key ?? newRowKey();
    change({
      organisers: empty
        ? updateRow(values.organisers, key, { organisation: organisation.value })
        : [...values.organisers, { key, organisation: organisation.value, role: 'ORGANISER' }],
    });
    focusLater(fieldElementId(`organisers.${key}.organisation`));
  };
  return (
    <>
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
              options={offered}
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
      <AddOrganisation region={values.region} onAdded={choose} />
    </>
  );
}
