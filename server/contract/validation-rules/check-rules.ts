import jsonLogic from 'json-logic-js';
import type { FactName, RoundtableFacts } from './roundtable-facts';
import { ROUNDTABLE_RULES } from './roundtable-rules';
import type { RuleFinding, ValidationRule } from './validation-rule';

type Scope = Record<string, unknown>;

/** The places a rule is evaluated in: the roundtable, or each of its categories with the roundtable's facts beside it. */
function scopesOf(rule: ValidationRule, facts: RoundtableFacts): { scope: Scope; index?: number }[] {
  if (rule.each !== 'categories') return [{ scope: facts as unknown as Scope }];
  return facts.categories.map((category, index) => ({ scope: { ...facts, ...category }, index }));
}

const unknown = (value: unknown) => value === null || value === undefined;

/**
 * Every rule the facts break, in the order the rules are listed. A rule one of whose facts is
 * unknown is left out: it neither passes nor fails. What to say of each is its RuleTexts' message,
 * filled from the finding's values (rule-text.ts).
 */
export function checkRules(facts: RoundtableFacts, rules: readonly ValidationRule[] = ROUNDTABLE_RULES): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const rule of rules) {
    for (const { scope, index } of scopesOf(rule, facts)) {
      if (rule.needs.some((fact: FactName) => unknown(scope[fact]))) continue;
      if (jsonLogic.truthy(jsonLogic.apply(rule.expression, scope))) continue;
      // Every fact the rule read: its message names some of them, and a list can say which category it was about.
      const values = Object.fromEntries(rule.needs.map((name) => [name, scope[name] as string | number]));
      findings.push({ ruleCode: rule.code, severity: rule.severity, field: rule.field.replace('{index}', String(index)), values });
    }
  }
  return findings;
}
