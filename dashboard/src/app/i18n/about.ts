import { type AboutKey, aboutEn } from './messages/about-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const ABOUT: Catalogues<AboutKey> = {
  en: aboutEn,
  es: () => import('./messages/about-es').then((module) => module.aboutEs),
};

export type AboutI18n = NamespaceI18n<AboutKey>;

/** `useI18n` with the texts of the page on how figures are protected as well. */
export const useAboutI18n = (): AboutI18n => useNamespaceI18n(ABOUT);
