import { ROUNDTABLE_RULES } from '../../../server/contract/validation-rules/roundtable-rules';
import { fillMessage, RULES_BY_CODE } from '../../../server/contract/validation-rules/rule-text';
import type { Formatters } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';

/** The facts a finding's message names: as the rules give them, or as the API lists them (name and text). */
export type FindingValues = Readonly<Record<string, string | number>> | readonly { name: string; value: string }[];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;

const asRecord = (values: FindingValues): Readonly<Record<string, string | number>> =>
  Array.isArray(values) ? Object.fromEntries(values.map(({ name, value }) => [name, value])) : (values as Record<string, string | number>);

/**
 * A rule finding's message in the reader's language, from the one definition of the rules
 * (server/contract/validation-rules/) by its code: numbers and dates written as the reader
 * reads them. Null for a rule this dashboard does not know (the API's English then stands).
 */
export function ruleMessage(locale: Locale, format: Formatters, finding: { ruleCode: string; values: FindingValues }): string | null {
  const rule = RULES_BY_CODE.get(finding.ruleCode);
  if (!rule) return null;
  // Indexed by the dashboard's language: one added to LOCALES fails to type-check here until every rule says it.
  const template: string = rule.message[locale];
  return fillMessage(template, asRecord(finding.values), (value) => {
    if (typeof value === 'number' || WHOLE.test(value)) return format.number(Number(value));
    return ISO_DATE.test(value) ? format.date(value) : value;
  });
}

/** Every rule, by code, with its title in the reader's language: what a list of findings offers to filter by. */
export const ruleTitles = (locale: Locale): { code: string; title: string }[] =>
  ROUNDTABLE_RULES.map((rule) => ({ code: rule.code, title: rule.title[locale] }));

/** A rule's title in the reader's language; its code for one this dashboard does not know. */
export const ruleTitle = (locale: Locale, code: string): string => RULES_BY_CODE.get(code)?.title[locale] ?? code;

/** The facts of a finding as name → value. */
export const findingValues = asRecord;
