import { type IndicatorsKey, indicatorsEn } from './messages/indicators-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const INDICATORS: Catalogues<IndicatorsKey> = {
  en: indicatorsEn,
  es: () => import('./messages/indicators-es').then((module) => module.indicatorsEs),
  fr: () => import('./messages/indicators-fr').then((module) => module.indicatorsFr),
  pl: () => import('./messages/indicators-pl').then((module) => module.indicatorsPl),
  el: () => import('./messages/indicators-el').then((module) => module.indicatorsEl),
};

export type IndicatorsI18n = NamespaceI18n<IndicatorsKey>;

/** `useI18n` with the indicators page's texts as well. */
export const useIndicatorsI18n = (): IndicatorsI18n => useNamespaceI18n(INDICATORS);
