import { type EditingKey, editingEn } from './messages/editing-en';
import { type OrganisationsKey, organisationsEn } from './messages/organisations-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

// Organisations are recorded, changed and restored as other records are, so the page speaks the editing pages' words too.
const ORGANISATIONS: Catalogues<EditingKey | OrganisationsKey> = {
  en: { ...editingEn, ...organisationsEn },
  es: () =>
    Promise.all([import('./messages/editing-es'), import('./messages/organisations-es')]).then(([editing, organisations]) => ({
      ...editing.editingEs,
      ...organisations.organisationsEs,
    })),
  fr: () =>
    Promise.all([import('./messages/editing-fr'), import('./messages/organisations-fr')]).then(([editing, organisations]) => ({
      ...editing.editingFr,
      ...organisations.organisationsFr,
    })),
  pl: () =>
    Promise.all([import('./messages/editing-pl'), import('./messages/organisations-pl')]).then(([editing, organisations]) => ({
      ...editing.editingPl,
      ...organisations.organisationsPl,
    })),
  el: () =>
    Promise.all([import('./messages/editing-el'), import('./messages/organisations-el')]).then(([editing, organisations]) => ({
      ...editing.editingEl,
      ...organisations.organisationsEl,
    })),
};

export type OrganisationsI18n = NamespaceI18n<EditingKey | OrganisationsKey>;

/** `useI18n` with the texts of the Organisations page and its dialog (which the roundtable form opens too), and the editing pages' ones. */
export const useOrganisationsI18n = (): OrganisationsI18n => useNamespaceI18n(ORGANISATIONS);
