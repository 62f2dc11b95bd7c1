import { type ReportKey, reportEn } from './messages/report-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const REPORT: Catalogues<ReportKey> = {
  en: reportEn,
  es: () => import('./messages/report-es').then((module) => module.reportEs),
  fr: () => import('./messages/report-fr').then((module) => module.reportFr),
  pl: () => import('./messages/report-pl').then((module) => module.reportPl),
  el: () => import('./messages/report-el').then((module) => module.reportEl),
};

export type ReportI18n = NamespaceI18n<ReportKey>;

/** `useI18n` with the report's texts as well. */
export const useReportI18n = (): ReportI18n => useNamespaceI18n(REPORT);
