import { type NotFoundKey, notFoundEn } from './messages/not-found-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const NOT_FOUND: Catalogues<NotFoundKey> = {
  en: notFoundEn,
  es: () => import('./messages/not-found-es').then((module) => module.notFoundEs),
  fr: () => import('./messages/not-found-fr').then((module) => module.notFoundFr),
  pl: () => import('./messages/not-found-pl').then((module) => module.notFoundPl),
  el: () => import('./messages/not-found-el').then((module) => module.notFoundEl),
};

export type NotFoundI18n = NamespaceI18n<NotFoundKey>;

/** `useI18n` with the texts of what is not there as well: an address, a region, a roundtable. */
export const useNotFoundI18n = (): NotFoundI18n => useNamespaceI18n(NOT_FOUND);
