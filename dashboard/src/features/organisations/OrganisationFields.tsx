import type { RefObject } from 'react';
import { RECORDING_LIMITS } from '../../../../server/contract/recording-limits';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import type { RegionChoice } from './OrganisationDialog';
import type { Choice } from './organisation-choices';
import type { Field, Problems } from './organisation-problems';
import type { OrganisationValues } from './organisation-writes';

const NAME_MAX = RECORDING_LIMITS.texts.organisationName;

/** The id of a field's control: the one a problem's focus goes to. */
export const organisationFieldId = (idPrefix: string, field: Field) => `${idPrefix}-${field}`;

/**
 * The organisation dialog's fields: name, category, region (fixed, said in words, or chosen) and
 * migrant- or refugee-led (yes, no, not known). Each problem is written above its control and
 * tied to it, which says it is invalid.
 */
export function OrganisationFields({
  idPrefix,
  values,
  change,
  problems,
  region,
  categories,
  nameField,
}: {
  idPrefix: string;
  values: OrganisationValues;
  change: (patch: Partial<OrganisationValues>) => void;
  problems: Problems;
  region: RegionChoice;
  categories: readonly Choice[];
  nameField: RefObject<HTMLInputElement | null>;
}) {
  const { t, format } = useOrganisationsI18n();
  const wiring = (field: Field, hintId?: string) => {
    const messages = problems[field] ?? [];
    const id = organisationFieldId(idPrefix, field);
    const errorId = `${id}-error`;
    const describedBy = [hintId, messages.length ? errorId : undefined].filter(Boolean).join(' ');
    return {
      error: messages.length ? (
        <p id={errorId} className="field-error">
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {messages.join(' ')}
        </p>
      ) : null,
      control: {
        id,
        ...(messages.length ? { 'aria-invalid': true as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      },
    };
  };
  const nameHintId = `${organisationFieldId(idPrefix, 'name')}-hint`;
  const name = wiring('name', nameHintId);
  const category = wiring('category');
  const regionField = wiring('region');
  const migrantLed = wiring('migrantLed');
  return (
    <>
      <div className="field">
        <label htmlFor={name.control.id}>{t('organisations.field.name')}</label>
        {name.error}
        <input
          ref={nameField}
          type="text"
          autoComplete="off"
          maxLength={NAME_MAX}
          value={values.name}
          onChange={(event) => change({ name: event.target.value })}
          {...name.control}
        />
        <p id={nameHintId} className="field-hint">
          {t('organisations.field.nameHint', { max: format.number(NAME_MAX) })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={category.control.id}>{t('organisations.field.category')}</label>
        {category.error}
        <select value={values.category} onChange={(event) => change({ category: event.target.value })} {...category.control}>
          <option value="">{t('organisations.field.chooseCategory')}</option>
          {categories.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      {'fixed' in region ? (
        <div className="organisation-region">
          <p>{t('organisations.field.regionFixed', { region: region.fixed.label })}</p>
          {regionField.error}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={regionField.control.id}>{t('organisations.field.region')}</label>
          {regionField.error}
          <select value={values.region} onChange={(event) => change({ region: event.target.value })} {...regionField.control}>
            {region.choose.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
            {region.acrossRegions && <option value="">{t('organisations.acrossRegions')}</option>}
          </select>
        </div>
      )}
      <fieldset className="organisation-choice" aria-describedby={migrantLed.control['aria-describedby']}>
        <legend>{t('organisations.field.migrantLed')}</legend>
        {migrantLed.error}
        {(['yes', 'no', ''] as const).map((choice, index) => (
          <label key={choice || 'unknown'}>
            <input
              // The first choice has the field's id, so a problem's focus lands in the group.
              id={index === 0 ? migrantLed.control.id : undefined}
              type="radio"
              name={`${idPrefix}-migrant-led`}
              value={choice}
              checked={values.migrantLed === choice}
              onChange={() => change({ migrantLed: choice })}
            />
            {t(choice === 'yes' ? 'organisations.yes' : choice === 'no' ? 'organisations.no' : 'organisations.notKnown')}
          </label>
        ))}
      </fieldset>
    </>
  );
}
