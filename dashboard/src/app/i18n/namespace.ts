import { useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { LOCALES, type Locale } from './locales';
import type { MessageKey } from './messages/en';

/** `useI18n` whose `t` and `tCount` know a namespace's texts as well as the shared ones. */
export type NamespaceI18n<Key extends string> = Omit<I18n, 't' | 'tCount'> & Translator<MessageKey | Key>;

/** A namespace's texts in every language: typed by `Locale`, so a language added to LOCALES must translate them. */
export type Catalogues<Key extends string> = Readonly<Record<Locale, Record<Key, string>>>;

/**
 * `useI18n` with a namespace's texts as well: texts that only some pages need, which load
 * with those pages so that the first view does not carry them. `catalogues` is a module
 * constant, so the translator is made again only when the language changes.
 */
export function useNamespaceI18n<Key extends string>(catalogues: Catalogues<Key>): NamespaceI18n<Key> {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = { ...LOCALES[i18n.locale].messages, ...catalogues[i18n.locale] };
    return { ...i18n, ...translator<MessageKey | Key>(messages, i18n.locale, i18n.format) };
  }, [i18n, catalogues]);
}
