import { type CompareKey, compareEn } from './messages/compare-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const COMPARE: Catalogues<CompareKey> = {
  en: compareEn,
  es: () => import('./messages/compare-es').then((module) => module.compareEs),
  fr: () => import('./messages/compare-fr').then((module) => module.compareFr),
  pl: () => import('./messages/compare-pl').then((module) => module.comparePl),
  el: () => import('./messages/compare-el').then((module) => module.compareEl),
};

export type CompareI18n = NamespaceI18n<CompareKey>;

/** `useI18n` with the comparison's texts as well. */
export const useCompareI18n = (): CompareI18n => useNamespaceI18n(COMPARE);
