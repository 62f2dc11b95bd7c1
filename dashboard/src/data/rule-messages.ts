import { ROUNDTABLE_RULES } from '../../../server/contract/validation-rules/roundtable-rules';
import { fillMessage } from '../../../server/contract/validation-rules/rule-text';
import type { Formatters } from '../app/i18n/format';

/** The facts a finding's message names: as the rules give them, or as the API lists them (name and text). */
export type FindingValues = Readonly<Record<string, string | number>> | readonly { name: string; value: string }[];

/** The rules' words in the reader's language, by rule code, as the API keeps them (validationRules; an ADMIN edits them). */
export type RuleWords = ReadonlyMap<string, { readonly title: string; readonly message: string }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;

const asRecord = (values: FindingValues): Readonly<Record<string, string | number>> =>
  Array.isArray(values) ? Object.fromEntries(values.map(({ name, value }) => [name, value])) : (values as Record<string, string | number>);

/**
 * A rule finding's message in the reader's language, from the rule's words by its code, filled
 * with the finding's facts: numbers and dates written as the reader reads them. Null while the
 * words are not read, or for a rule they do not name (the API's English then stands).
 */
export function ruleMessage(words: RuleWords, format: Formatters, finding: { ruleCode: string; values: FindingValues }): string | null {
  const template = words.get(finding.ruleCode)?.message;
  if (template === undefined) return null;
  return fillMessage(template, asRecord(finding.values), (value) => {
    if (typeof value === 'number' || WHOLE.test(value)) return format.number(Number(value));
    return ISO_DATE.test(value) ? format.date(value) : value;
  });
}

/** Every rule, by code, with its title in the reader's language (its code until the words are read): what a list of findings offers to filter by. */
export const ruleTitles = (words: RuleWords): { code: string; title: string }[] =>
  ROUNDTABLE_RULES.map((rule) => ({ code: rule.code, title: words.get(rule.code)?.title ?? rule.code }));

/** A rule's title in the reader's language; its code while the words are not read. */
export const ruleTitle = (words: RuleWords, code: string): string => words.get(code)?.title ?? code;

/** The facts of a finding as name → value. */
export const findingValues = asRecord;
