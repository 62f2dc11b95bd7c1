import { ROUNDTABLE_RULES } from './roundtable-rules';
import type { ValidationRule } from './validation-rule';

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

/** The rules by code, for a reader that has a finding's code and wants its title or message in another language. */
export const RULES_BY_CODE: ReadonlyMap<string, ValidationRule> = new Map(ROUNDTABLE_RULES.map((rule) => [rule.code, rule]));
