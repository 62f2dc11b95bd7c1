import { useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { LOCALES, type Locale } from './locales';
import type { MessageKey } from './messages/en';
import { type ReportKey, reportEn } from './messages/report-en';
import { reportEs } from './messages/report-es';

// Only the report needs these texts: they load with its page, so the first view does not
// carry them. A language added to LOCALES must be added here too.
const REPORT_MESSAGES: Record<Locale, Record<ReportKey, string>> = { en: reportEn, es: reportEs };

export type ReportI18n = Omit<I18n, 't' | 'tCount'> & Translator<MessageKey | ReportKey>;

/** `useI18n` with the report's texts as well. */
export function useReportI18n(): ReportI18n {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = { ...LOCALES[i18n.locale].messages, ...REPORT_MESSAGES[i18n.locale] };
    return { ...i18n, ...translator<MessageKey | ReportKey>(messages, i18n.locale, i18n.format) };
  }, [i18n]);
}
