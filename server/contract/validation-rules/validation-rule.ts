import type { RulesLogic } from 'json-logic-js';
import type { Labels } from '../languages';
import type { FactName } from './roundtable-facts';

/** ERROR refuses the write; WARNING lets it be recorded and says what to check. */
export const RULE_SEVERITIES = ['ERROR', 'WARNING'] as const;
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/**
 * One rule about a roundtable, as data. Its expression (json-logic) holds when the record is
 * fine; it is evaluated only when every fact it needs is known. Its words are not here: they are
 * data (RuleTexts), kept by engagement and edited by ADMIN.
 */
export interface ValidationRule {
  /** Stable, for filters and for its words (RuleTexts) to be found by: SPLIT_WITHIN_TOTAL. */
  code: string;
  severity: RuleSeverity;
  /** The field it is shown beside, as problems name fields ('attendance.onsite'); {index} is the category's place in a rule about each category. */
  field: string;
  /** Evaluated once per stakeholder category, with that category's facts beside the roundtable's. */
  each?: 'categories';
  /** Every fact the expression reads: when any is unknown the rule does not apply. */
  needs: readonly FactName[];
  expression: RulesLogic;
}

/**
 * A rule's words per language, as engagement keeps them (engagement.validation_rule_text), English
 * always there: its title, what it holds a roundtable to in a few words (how lists and filters
 * name it), and its message, what to fix, whose {fact} placeholders are facts the rule needs, the
 * same ones in every language, filled from a finding's values.
 */
export interface RuleTexts {
  title: Labels;
  message: Labels;
}

/** A rule a roundtable breaks: where, and the facts the rule read (`needs`), which its message is filled from. */
export interface RuleFinding {
  ruleCode: string;
  severity: RuleSeverity;
  field: string;
  values: Readonly<Record<string, string | number>>;
}
