import type { RulesLogic } from 'json-logic-js';
import { LANGUAGES } from '../languages';
import type { FactName } from './roundtable-facts';

/**
 * The languages every rule's title and message are written in: every language the API answers
 * in (validationRules), which includes every language the dashboard speaks. A language added to
 * LANGUAGES fails to type-check until every rule is translated.
 */
export const RULE_LANGUAGES = LANGUAGES;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** ERROR refuses the write; WARNING lets it be recorded and says what to check. */
export const RULE_SEVERITIES = ['ERROR', 'WARNING'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/**
 * One rule about a roundtable, as data. Its expression (json-logic) holds when the record is
 * fine; it is evaluated only when every fact it needs is known.
 */
export interface ValidationRule {
  /** Stable, for filters and for the dashboard to find the message in its language: SPLIT_WITHIN_TOTAL. */
  code: string;
  severity: RuleSeverity;
  /** The field it is shown beside, as problems name fields ('attendance.onsite'); {index} is the category's place in a rule about each category. */
  field: string;
  /** Evaluated once per stakeholder category, with that category's facts beside the roundtable's. */
  each?: 'categories';
  /** Every fact the expression reads: when any is unknown the rule does not apply. */
  needs: readonly FactName[];
  expression: RulesLogic;
  /** What the rule holds a roundtable to, in a few words, in every language: how lists and filters name it. */
  title: Readonly<Record<RuleLanguage, string>>;
  /** What to fix, in every language; {fact} placeholders are filled from the facts (each one among `needs`). */
  message: Readonly<Record<RuleLanguage, string>>;
}

/** A rule a roundtable breaks: where, what to fix (in English, the API's language), and the facts the rule read (`needs`). */
export interface RuleFinding {
  ruleCode: string;
  severity: RuleSeverity;
  field: string;
  message: string;
  values: Readonly<Record<string, string | number>>;
}
