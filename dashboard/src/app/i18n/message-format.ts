import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { isPlainText } from './plain-text';

/**
 * A catalogue's text: ICU MessageFormat source (`{count, plural, one {# roundtable} other {...}}`).
 * In a build each text with arguments arrives as its syntax tree, compiled by
 * vite-precompiled-messages.ts, so pages carry intl-messageformat without its parser.
 */
type CompiledText = string | MessageFormatElement[];

export type MessageValues = Record<string, string | number>;

// Texts are module constants, so keeping their formatters for good holds a bounded number.
const compiled = new Map<string, Map<CompiledText, IntlMessageFormat>>();

/** The formatter of a text in a language, made once per text and language. */
function formatterOf(text: CompiledText, locale: string): IntlMessageFormat {
  const byText = compiled.get(locale) ?? new Map<CompiledText, IntlMessageFormat>();
  compiled.set(locale, byText);
  let formatter = byText.get(text);
  if (!formatter) {
    formatter = new IntlMessageFormat(text, locale);
    byText.set(text, formatter);
  }
  return formatter;
}

/** A catalogue text in `locale`, its arguments filled and its plural and select forms chosen. */
export function formatMessage(text: string, locale: string, values?: MessageValues): string {
  const source = text as CompiledText;
  if (typeof source === 'string' && isPlainText(source)) return source;
  return String(formatterOf(source, locale).format(values));
}
