import { type AboutKey, aboutEn } from './messages/about-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const ABOUT: Catalogues<AboutKey> = {
  en: aboutEn,
  es: () => import('./messages/about-es').then((module) => module.aboutEs),
  fr: () => import('./messages/about-fr').then((module) => module.aboutFr),
  pl: () => import('./messages/about-pl').then((module) => module.aboutPl),
  el: () => import('./messages/about-el').then((module) => module.aboutEl),
};

export type AboutI18n = NamespaceI18n<AboutKey>;

/** `useI18n` with the texts of the page on how figures are protected as well. */
export const useAboutI18n = (): AboutI18n => useNamespaceI18n(ABOUT);
