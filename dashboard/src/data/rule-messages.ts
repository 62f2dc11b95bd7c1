import { fillMessage, RULES_BY_CODE } from '../../../server/contract/validation-rules/check-rules';
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
