import { createContext, type ReactNode, startTransition, use, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Formatters, formatters } from './format';
import { DEFAULT_LOCALE, isLocale, type Locale, sharedMessages } from './locales';
import { formatMessage, type MessageValues } from './message-format';
import { en, type MessageKey } from './messages/en';

const STORAGE_KEY = 'sira.locale';

export interface Translator<Key extends string> {
  /** A text in the reader's language: ICU MessageFormat, so plurals follow the language (`{count, plural, ...}`). */
  t(key: Key, values?: MessageValues): string;
}

export interface I18n extends Translator<MessageKey> {
  locale: Locale;
  setLocale(locale: Locale): void;
  format: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

/** The remembered choice, else the browser's first language we speak, else English. */
function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const preferred = (globalThis.navigator?.languages ?? []).map((tag) => tag.slice(0, 2)).find(isLocale);
  return preferred ?? DEFAULT_LOCALE;
}

let chosen: Locale | undefined;

/**
 * The language the reader chose, from the moment they chose it: the one the app starts in, and
 * the one the API's requests ask their errors in (apollo.ts). Not <html lang>, which follows the
 * page once it is drawn in that language: a page's first requests go out before then (its
 * effects run before the provider's).
 */
export const chosenLocale = (): Locale => {
  chosen ??= initialLocale();
  return chosen;
};

/** Looks texts up in `messages` and formats them in `locale`. */
export function translator<Key extends string>(messages: Record<Key, string>, locale: Locale): Translator<Key> {
  return { t: (key, values) => formatMessage(messages[key], locale, values) };
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(chosenLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    chosen = next;
    // A transition: the page stays in the language it was in until the next one has loaded.
    startTransition(() => setLocaleState(next));
  }, []);
  // English is at hand; another language suspends until its texts have loaded (the first time only).
  const messages = locale === DEFAULT_LOCALE ? en : use(sharedMessages(locale));
  const value = useMemo<I18n>(() => {
    const format = formatters(locale);
    return { locale, setLocale, format, ...translator<MessageKey>(messages, locale) };
  }, [locale, setLocale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
