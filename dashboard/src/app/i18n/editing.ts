import { type EditingKey, editingEn } from './messages/editing-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const EDITING: Catalogues<EditingKey> = {
  en: editingEn,
  es: () => import('./messages/editing-es').then((module) => module.editingEs),
  fr: () => import('./messages/editing-fr').then((module) => module.editingFr),
  pl: () => import('./messages/editing-pl').then((module) => module.editingPl),
  el: () => import('./messages/editing-el').then((module) => module.editingEl),
};

export type EditingI18n = NamespaceI18n<EditingKey>;

/** `useI18n` with the texts of the region page and for recording and changing data as well. */
export const useEditingI18n = (): EditingI18n => useNamespaceI18n(EDITING);
