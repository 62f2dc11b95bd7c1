import { useMemo } from 'react';
import { type I18n, type Translator, translator, useI18n } from './i18n';
import { LOCALES, type Locale } from './locales';
import { type EditingKey, editingEn } from './messages/editing-en';
import { editingEs } from './messages/editing-es';
import type { MessageKey } from './messages/en';

// Only editors and the pages they use need these texts: they load with those pages, so the
// first view does not carry them. A language added to LOCALES must be added here too.
const EDITING_MESSAGES: Record<Locale, Record<EditingKey, string>> = { en: editingEn, es: editingEs };

export type EditingI18n = Omit<I18n, 't' | 'tCount'> & Translator<MessageKey | EditingKey>;

/** `useI18n` with the texts for recording and changing data as well. */
export function useEditingI18n(): EditingI18n {
  const i18n = useI18n();
  return useMemo(() => {
    const messages = { ...LOCALES[i18n.locale].messages, ...EDITING_MESSAGES[i18n.locale] };
    return { ...i18n, ...translator<MessageKey | EditingKey>(messages, i18n.locale, i18n.format) };
  }, [i18n]);
}
