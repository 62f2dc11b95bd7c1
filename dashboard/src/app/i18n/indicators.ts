import { useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { LOCALES, type Locale } from './locales';
import type { MessageKey } from './messages/en';
import { type IndicatorsKey, indicatorsEn } from './messages/indicators-en';
import { indicatorsEs } from './messages/indicators-es';

// Only the indicators page needs these texts: they load with it, so the first view does not
// carry them. A language added to LOCALES must be added here too.
const INDICATORS_MESSAGES: Record<Locale, Record<IndicatorsKey, string>> = { en: indicatorsEn, es: indicatorsEs };

export type IndicatorsI18n = Omit<I18n, 't' | 'tCount'> & Translator<MessageKey | IndicatorsKey>;

/** `useI18n` with the indicators page's texts as well. */
export function useIndicatorsI18n(): IndicatorsI18n {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = { ...LOCALES[i18n.locale].messages, ...INDICATORS_MESSAGES[i18n.locale] };
    return { ...i18n, ...translator<MessageKey | IndicatorsKey>(messages, i18n.locale, i18n.format) };
  }, [i18n]);
}
