import { IntlMessageFormat } from 'intl-messageformat';
import { FALLBACK_LANGUAGE, type Language } from '../languages';
import { el } from './el';
import { type ErrorMessageKey, type ErrorMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';

export type { ErrorMessageKey, ErrorMessages } from './en';

/** Every language's refusals: a catalogue missing a key, or with one English lacks, does not type-check. */
export const ERROR_MESSAGES: Readonly<Record<Language, ErrorMessages>> = { en, es, fr, pl, el };

/**
 * What an argument of a message may be: a value; a list, said as the language joins one ("A, B
 * and C"), or `{ or: [...] }` for "A or B"; or another message, said in the same language.
 */
export type ErrorArgument = string | number | readonly string[] | { readonly or: readonly string[] } | ErrorText;

/**
 * One message of the catalogue with its arguments; `parts` are said one after the other, as
 * sentences; `given` is a text already written in every language (a validation rule's message).
 */
export type ErrorText =
  | { readonly key: ErrorMessageKey; readonly args?: Readonly<Record<string, ErrorArgument>> }
  | { readonly parts: readonly ErrorText[]; readonly separator?: string }
  | { readonly given: Readonly<Record<Language, string>> };

/** A message of the catalogue, to say in the language the client asked for. */
export const errorText = (key: ErrorMessageKey, args?: Readonly<Record<string, ErrorArgument>>): ErrorText => ({ key, args });

/** Messages said one after the other (sentences: a space between), or with another separator (e.g. '; ' in a list). */
export const errorTexts = (parts: readonly ErrorText[], separator = ' '): ErrorText => ({ parts, separator });

/** The kinds of record a refusal names: each text that names one says it with a select over them. */
export type RecordKind =
  | 'roundtable'
  | 'participant'
  | 'organisation'
  | 'target'
  | 'mapping'
  | 'user'
  | 'challenge'
  | 'indicator'
  | 'period'
  | 'category'
  | 'rule';

/** How a refusal names a record: its kind, and for some kinds its code or name (e.g. organisation isere-welcome). */
export interface RecordName {
  kind: RecordKind;
  name?: string;
}

const isList = (value: ErrorArgument): value is readonly string[] => Array.isArray(value);

/** Lists as each language joins them; English as the project writes it, British: "A, B and C". */
const listFormat = (language: Language, type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type });

const formats = new Map<string, IntlMessageFormat>();

function formatOf(language: Language, key: ErrorMessageKey): IntlMessageFormat {
  const id = `${language}:${key}`;
  let format = formats.get(id);
  if (!format) {
    // Texts such as "Bearer <token>" are words, not markup.
    format = new IntlMessageFormat(ERROR_MESSAGES[language][key], language, undefined, { ignoreTag: true });
    formats.set(id, format);
  }
  return format;
}

/**
 * A message in a language. An argument missing throws (a mistake of the code, which a test of
 * the refusal finds at once, since every refusal is said in English when it is made).
 */
export function errorMessageIn(text: ErrorText, language: Language = FALLBACK_LANGUAGE): string {
  if ('parts' in text) return text.parts.map((part) => errorMessageIn(part, language)).join(text.separator ?? ' ');
  if ('given' in text) return text.given[language];
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.args ?? {})) {
    if (isList(value)) args[name] = listFormat(language, 'conjunction').format(value);
    else if (typeof value === 'object' && 'or' in value) args[name] = listFormat(language, 'disjunction').format(value.or);
    else args[name] = typeof value === 'object' ? errorMessageIn(value, language) : value;
  }
  return String(formatOf(language, text.key).format(args));
}
