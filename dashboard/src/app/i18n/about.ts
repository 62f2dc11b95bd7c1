import { useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { LOCALES, type Locale } from './locales';
import { type AboutKey, aboutEn } from './messages/about-en';
import { aboutEs } from './messages/about-es';
import type { MessageKey } from './messages/en';

// Only the page on how figures are protected needs these texts: they load with it, so the
// first view does not carry them. A language added to LOCALES must be added here too.
const ABOUT_MESSAGES: Record<Locale, Record<AboutKey, string>> = { en: aboutEn, es: aboutEs };

export type AboutI18n = Omit<I18n, 't' | 'tCount'> & Translator<MessageKey | AboutKey>;

/** `useI18n` with the texts of the page on how figures are protected as well. */
export function useAboutI18n(): AboutI18n {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = { ...LOCALES[i18n.locale].messages, ...ABOUT_MESSAGES[i18n.locale] };
    return { ...i18n, ...translator<MessageKey | AboutKey>(messages, i18n.locale, i18n.format) };
  }, [i18n]);
}
