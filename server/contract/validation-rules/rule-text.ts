import { type Language, labelIn } from '../languages';
import { ROUNDTABLE_RULES } from './roundtable-rules';
import type { RuleTexts, ValidationRule } from './validation-rule';

// The rules' words apart from their evaluation, so a page that only shows findings loads no evaluator.

const PLACEHOLDER = /\{(\w+)\}/g;

/** The {placeholders} of a message, in order. */
export const placeholdersOf = (message: string): string[] => [...message.matchAll(PLACEHOLDER)].map((match) => match[1] as string);

/** A message with its placeholders filled; `show` writes each value (a number grouped, a date as the reader reads one). */
export function fillMessage(
  message: string,
  values: Readonly<Record<string, string | number>>,
  show: (value: string | number, name: string) => string = (value) => (typeof value === 'number' ? value.toLocaleString('en') : value),
): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => (name in values ? show(values[name] as string | number, name) : whole));
}

/** A finding's message in a language (else English), filled from its values; numbers grouped as that language groups them. */
export const findingMessageIn = (
  texts: RuleTexts,
  finding: { values: Readonly<Record<string, string | number>> },
  locale: Language,
  show: (value: string | number, name: string) => string = (value) => (typeof value === 'number' ? value.toLocaleString(locale) : value),
): string => fillMessage(labelIn(texts.message, locale), finding.values, show);

/**
 * How a message's placeholders differ from those it must name (the English message's, or for the
 * English message the facts its rule reads): the ones it lacks, and the ones it has that it may not.
 */
export function placeholderDifference(message: string, expected: readonly string[]): { missing: string[]; unknown: string[] } {
  const named = new Set(placeholdersOf(message));
  return {
    missing: [...new Set(expected)].filter((name) => !named.has(name)),
    unknown: [...named].filter((name) => !expected.includes(name)),
  };
}

/** The rules by code: what a reader that has a finding's code checks it against. */
export const RULES_BY_CODE: ReadonlyMap<string, ValidationRule> = new Map(ROUNDTABLE_RULES.map((rule) => [rule.code, rule]));
