import jsonLogic from 'json-logic-js';
import type { FactName, RoundtableFacts } from './roundtable-facts';
import { ROUNDTABLE_RULES } from './roundtable-rules';
import type { RuleFinding, RuleLanguage, ValidationRule } from './validation-rule';

type Scope = Record<string, unknown>;

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

/** The places a rule is evaluated in: the roundtable, or each of its categories with the roundtable's facts beside it. */
function scopesOf(rule: ValidationRule, facts: RoundtableFacts): { scope: Scope; index?: number }[] {
  if (rule.each !== 'categories') return [{ scope: facts as unknown as Scope }];
  return facts.categories.map((category, index) => ({ scope: { ...facts, ...category }, index }));
}

const unknown = (value: unknown) => value === null || value === undefined;

/** The rule's message in a language, filled from the facts it names. */
export function ruleMessage(rule: ValidationRule, language: RuleLanguage, finding: Pick<RuleFinding, 'values'>): string {
  return fillMessage(rule.message[language], finding.values);
}

/**
 * Every rule the facts break, in the order the rules are listed. A rule one of whose facts is
 * unknown is left out: it neither passes nor fails.
 */
export function checkRules(facts: RoundtableFacts, rules: readonly ValidationRule[] = ROUNDTABLE_RULES): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    for (const { scope, index } of scopesOf(rule, facts)) {
      if (rule.needs.some((fact: FactName) => unknown(scope[fact]))) continue;
      if (jsonLogic.truthy(jsonLogic.apply(rule.expression, scope))) continue;
      // Every fact the rule read: its message names some of them, and a list can say which category it was about.
      const values = Object.fromEntries(rule.needs.map((name) => [name, scope[name] as string | number]));
      findings.push({
        ruleCode: rule.code,
        severity: rule.severity,
        field: rule.field.replace('{index}', String(index)),
        message: fillMessage(rule.message.en, values),
        values,
      });
    }
  }
  return findings;
}

/** The rules by code, for a reader that has a finding's code and wants its message in another language. */
export const RULES_BY_CODE: ReadonlyMap<string, ValidationRule> = new Map(ROUNDTABLE_RULES.map((rule) => [rule.code, rule]));
