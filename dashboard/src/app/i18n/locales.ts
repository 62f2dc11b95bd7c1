import { en, type Messages } from './messages/en';
import { es } from './messages/es';

/**
 * The languages the dashboard speaks. Adding one (fr, pl, el) is a messages file and an
 * entry here; the API must also have its taxonomy labels in that language.
 */
export const LOCALES = {
  en: { name: 'English', messages: en },
  es: { name: 'Español', messages: es },
} as const satisfies Record<string, { name: string; messages: Messages }>;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}
