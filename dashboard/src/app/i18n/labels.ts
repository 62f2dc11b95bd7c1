import { type LabelsKey, labelsEn } from './messages/labels-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const LABELS: Catalogues<LabelsKey> = {
  en: labelsEn,
  es: () => import('./messages/labels-es').then((module) => module.labelsEs),
  fr: () => import('./messages/labels-fr').then((module) => module.labelsFr),
  pl: () => import('./messages/labels-pl').then((module) => module.labelsPl),
  el: () => import('./messages/labels-el').then((module) => module.labelsEl),
};

export type LabelsI18n = NamespaceI18n<LabelsKey>;

/** `useI18n` with the texts of the page where the taxonomy's labels are edited in every language. */
export const useLabelsI18n = (): LabelsI18n => useNamespaceI18n(LABELS);
