import { use, useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { type Loaded, loadOnce } from './loaded';
import { DEFAULT_LOCALE, type Locale, sharedMessages } from './locales';
import { en, type MessageKey } from './messages/en';

/** `useI18n` whose `t` knows a namespace's texts as well as the shared ones. */
export type NamespaceI18n<Key extends string> = Omit<I18n, 't'> & Translator<MessageKey | Key>;

/**
 * A namespace's texts: English at hand, each other language loaded when it is first needed, so a
 * page carries only the language it is read in. Typed by `Locale`, so a language added to
 * LOCALES must translate them.
 */
export type Catalogues<Key extends string> = Readonly<
  { [L in typeof DEFAULT_LOCALE]: Record<Key, string> } & {
    [L in Exclude<Locale, typeof DEFAULT_LOCALE>]: () => Promise<Record<Key, string>>;
  }
>;

const loads = new WeakMap<object, Map<Locale, () => Loaded<Record<string, string>>>>();

/** A namespace's texts in a language other than English, loaded once. */
function namespaceMessages<Key extends string>(catalogues: Catalogues<Key>, locale: Exclude<Locale, typeof DEFAULT_LOCALE>) {
  const byLocale = loads.get(catalogues) ?? new Map<Locale, () => Loaded<Record<string, string>>>();
  loads.set(catalogues, byLocale);
  const load = byLocale.get(locale) ?? loadOnce(catalogues[locale]);
  byLocale.set(locale, load);
  return load() as Loaded<Record<Key, string>>;
}

/**
 * `useI18n` with a namespace's texts as well: texts that only some pages need, which load
 * with those pages so that the first view does not carry them. `catalogues` is a module
 * constant, so the translator is made again only when the language changes. In a language
 * not loaded yet, the page suspends (its Suspense shows the loading state) until it is.
 */
export function useNamespaceI18n<Key extends string>(catalogues: Catalogues<Key>): NamespaceI18n<Key> {
  const i18n = useI18n();
  const { locale } = i18n;
  const shared = locale === DEFAULT_LOCALE ? en : use(sharedMessages(locale));
  const own = locale === DEFAULT_LOCALE ? catalogues[DEFAULT_LOCALE] : use(namespaceMessages(catalogues, locale));
  return useMemo(() => {
    const messages = { ...shared, ...own };
    return { ...i18n, ...translator<MessageKey | Key>(messages, locale) };
  }, [i18n, locale, shared, own]);
}
