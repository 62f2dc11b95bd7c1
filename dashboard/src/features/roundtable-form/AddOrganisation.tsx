import { useState } from 'react';
import type { OrganisationFieldsFragment } from '../../__generated__/graphql';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { OrganisationDialog } from '../organisations/OrganisationDialog';
import { useOrganisationChoices } from '../organisations/organisation-choices';
import type { Choice } from './sections/section-props';

/**
 * "Add an organisation", under the organisers: a local partner not in the list is recorded in
 * the roundtable's region from a dialog, without leaving the form or losing what it holds, and
 * handed back to be chosen as an organiser.
 */
export function AddOrganisation({ region, onAdded }: { region: string; onAdded: (organisation: Choice) => void }) {
  const { t } = useOrganisationsI18n();
  const { regions } = useOrganisationChoices();
  const [open, setOpen] = useState(false);
  const regionName = regions.find((choice) => choice.value === region)?.label ?? region;
  return (
    <div className="add-organisation">
      <p className="field-hint">{t('organisations.notInList', { region: regionName })}</p>
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t('organisations.addAction')}
      </button>
      <OrganisationDialog
        open={open}
        region={{ fixed: { value: region, label: regionName } }}
        onClose={() => setOpen(false)}
        onSaved={(organisation: OrganisationFieldsFragment) => {
          setOpen(false);
          onAdded({ value: organisation.slug, label: organisation.name });
        }}
      />
    </div>
  );
}
