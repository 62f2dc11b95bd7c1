import './organisations.css';
import { useApolloClient } from '@apollo/client/react';
import { type FormEvent, type RefObject, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { OrganisationFieldsFragment } from '../../__generated__/graphql';
import { useOrganisationsI18n } from '../../app/i18n/organisations';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { ModalDialog } from './ModalDialog';
import { OrganisationFields, organisationFieldId } from './OrganisationFields';
import { type Choice, useOrganisationChoices } from './organisation-choices';
import { FIELDS, type Field, type Problems, problemsByField } from './organisation-problems';
import {
  CREATE_ORGANISATION,
  migrantLedValue,
  type OrganisationValues,
  organisationInput,
  UPDATE_ORGANISATION,
} from './organisation-writes';

/** Where the organisation is recorded: one region, fixed (the roundtable's), or a choice among these. */
export type RegionChoice = { fixed: Choice } | { choose: readonly Choice[]; acrossRegions: boolean };

interface Props {
  open: boolean;
  /** The organisation being changed; none to record a new one. */
  organisation?: OrganisationFieldsFragment | null;
  region: RegionChoice;
  /** The organisation as the API saved it. */
  onSaved: (organisation: OrganisationFieldsFragment) => void;
  /** Someone else changed it meanwhile: the list reads it again. */
  onStale?: () => void;
  onClose: () => void;
}

const emptyValues = (region: RegionChoice): OrganisationValues => ({
  name: '',
  category: '',
  region: 'fixed' in region ? region.fixed.value : (region.choose[0]?.value ?? ''),
  migrantLed: '',
});

/**
 * Records or changes an organisation in a modal dialog: name, category, region and whether it
 * is migrant- or refugee-led. Drawn outside the page's own form (a form may not hold another),
 * and its submit stops here, so a roundtable form around it is neither sent nor cleared. The
 * name takes the focus on opening; closing gives it back to the button that opened it. A field
 * the API refuses shows its words beside it; anything else, in an alert that takes the focus.
 */
export function OrganisationDialog(props: Props) {
  const { t } = useOrganisationsI18n();
  const { open, organisation, onClose } = props;
  const nameField = useRef<HTMLInputElement>(null);
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      initialFocus={nameField}
      title={organisation ? t('organisations.editTitle', { name: organisation.name }) : t('organisations.addTitle')}
    >
      <OrganisationForm {...props} nameField={nameField} />
    </ModalDialog>
  );
}

/** The dialog's form, made afresh each time it opens: from the organisation being changed, or empty. */
function OrganisationForm({
  organisation,
  region,
  onSaved,
  onStale,
  onClose,
  nameField,
}: Props & { nameField: RefObject<HTMLInputElement | null> }) {
  const { t, format } = useOrganisationsI18n();
  const client = useApolloClient();
  const choices = useOrganisationChoices();
  const alert = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<OrganisationValues>(() =>
    organisation
      ? {
          name: organisation.name,
          category: organisation.category.code,
          region: organisation.region?.slug ?? '',
          migrantLed: migrantLedValue(organisation.migrantLed),
        }
      : emptyValues(region),
  );
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const [working, setWorking] = useState(false);
  const id = useId();

  const change = (patch: Partial<OrganisationValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    const fields = Object.keys(patch) as Field[];
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field as Field))));
  };

  const focusFirstProblem = (found: Problems) => {
    const first = FIELDS.find((field) => found[field]?.length);
    if (first) document.getElementById(organisationFieldId(id, first))?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The dialog is drawn outside the page's form, but React still passes its events up to it.
    event.stopPropagation();
    if (working) return;
    const found: Problems = {};
    if (values.name.trim().length < 2) found.name = [t('organisations.field.nameTooShort')];
    if (!values.category) found.category = [t('organisations.field.categoryMissing')];
    if (Object.keys(found).length) {
      setProblems(found);
      focusFirstProblem(found);
      return;
    }
    setWorking(true);
    setFailure(null);
    try {
      const input = organisationInput(values);
      const saved = organisation
        ? (
            await client.mutate({
              mutation: UPDATE_ORGANISATION,
              variables: { slug: organisation.slug, expectedVersion: organisation.version, input },
            })
          ).data?.updateOrganisation
        : (await client.mutate({ mutation: CREATE_ORGANISATION, variables: { input } })).data?.createOrganisation;
      if (!saved) throw new Error(t('organisations.notSaved'));
      onSaved(saved);
    } catch (error) {
      const refusal = readWriteRefusal(error);
      if (refusal.kind === 'problems') {
        const { byField, others } = problemsByField(refusal.problems);
        setProblems(byField);
        if (others.length) setFailure({ message: others.join(' '), stale: false });
        else focusFirstProblem(byField);
      } else if (refusal.kind === 'staleVersion') {
        setFailure({ message: t('organisations.stale', { version: format.number(refusal.currentVersion) }), stale: true });
      } else {
        setFailure({ message: refusal.message, stale: false });
      }
    } finally {
      setWorking(false);
    }
  };

  useLayoutEffect(() => {
    if (failure) alert.current?.focus();
  }, [failure]);
  // Opened before the categories had come, the dialog gives the name the focus once they have.
  useEffect(() => {
    if (choices.ready && !nameField.current?.closest('dialog')?.querySelector('input:focus, select:focus')) nameField.current?.focus();
  }, [choices.ready, nameField]);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {choices.error ? (
        <ErrorState error={choices.error} retry={choices.retry} />
      ) : !choices.ready ? (
        <Loading />
      ) : (
        <OrganisationFields
          idPrefix={id}
          values={values}
          change={change}
          problems={problems}
          region={region}
          categories={choices.categories}
          nameField={nameField}
        />
      )}
      {failure && (
        <div ref={alert} className="banner error" role="alert" tabIndex={-1}>
          <p>{failure.message}</p>
          {failure.stale && onStale && (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                onClose();
                onStale();
              }}
            >
              {t('form.reload')}
            </button>
          )}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={!choices.ready}>
          {working ? t('organisations.saving') : organisation ? t('organisations.saveChanges') : t('organisations.add')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('organisations.cancel')}
        </button>
      </div>
    </form>
  );
}
