import { loadOnce } from './loaded';
import { en, type Messages } from './messages/en';

/**
 * The languages the dashboard speaks. English is in the first view, as every other language's
 * fallback; each other loads when it is chosen. Adding one is a messages file per catalogue, an
 * entry here and in each namespace (the types ask for them), and the API's labels in it.
 */
export const LOCALES = {
  en: { name: 'English', messages: async () => en },
  es: { name: 'Español', messages: () => import('./messages/es').then((module) => module.es) },
  fr: { name: 'Français', messages: () => import('./messages/fr').then((module) => module.fr) },
  pl: { name: 'Polski', messages: () => import('./messages/pl').then((module) => module.pl) },
  el: { name: 'Ελληνικά', messages: () => import('./messages/el').then((module) => module.el) },
} as const satisfies Record<string, { name: string; messages: () => Promise<Messages> }>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE = 'en' satisfies Locale;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

const SHARED = Object.fromEntries(Object.entries(LOCALES).map(([locale, { messages }]) => [locale, loadOnce(messages)])) as Record<
  Locale,
  ReturnType<typeof loadOnce<Messages>>
>;

/** A language's shared texts, loaded once. */
export const sharedMessages = (locale: Locale) => SHARED[locale]();
