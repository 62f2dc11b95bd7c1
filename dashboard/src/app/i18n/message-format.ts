import { isArgumentElement, isPluralElement, isSelectElement, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
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

/** The plain `{name}` arguments of a text, those inside its plural and select forms included. */
const plainArgumentsOf = (elements: MessageFormatElement[]): string[] =>
  elements.flatMap((element) => {
    if (isArgumentElement(element)) return [element.value];
    if (isPluralElement(element) || isSelectElement(element)) {
      return Object.values(element.options).flatMap((option) => plainArgumentsOf(option.value));
    }
    return [];
  });

/**
 * A catalogue text in `locale`, its arguments filled and its plural and select forms chosen. An
 * argument not given is shown as itself (`{name}`), as a text shows it, rather than failing the
 * whole page over one missing word.
 */
export function formatMessage(text: string, locale: string, values: MessageValues = {}): string {
  const source = text as CompiledText;
  if (typeof source === 'string' && isPlainText(source)) return source;
  const formatter = formatterOf(source, locale);
  const missing = plainArgumentsOf(formatter.getAst()).filter((name) => !(name in values));
  const shown = missing.length ? { ...Object.fromEntries(missing.map((name) => [name, `{${name}}`])), ...values } : values;
  return String(formatter.format(shown));
}
