import { Arg, Field, InputType, Int, ObjectType } from 'type-graphql';
import { labelIn } from '../../../contract/languages';
import { findingMessageIn } from '../../../contract/validation-rules/rule-text';
import { type RuleFinding as Finding, RULE_SEVERITIES, type RuleTexts } from '../../../contract/validation-rules/validation-rule';
import { graphqlEnum } from '../../../core/enum-values';
import { Locale } from '../../../core/locale';
import { SortDirection } from '../../../core/paging';
import { Roundtable } from '../roundtable/roundtable.entity';

export const RuleSeverity = graphqlEnum(
  'RuleSeverity',
  RULE_SEVERITIES,
  'ERROR: a write breaking the rule is refused. WARNING: it is recorded, and the rule says what to check.',
);
export type RuleSeverity = (typeof RuleSeverity)[keyof typeof RuleSeverity];

@ObjectType({ description: 'A fact a rule read: a client fills the message in its own language from them.' })
export class RuleFindingValue {
  @Field({ description: 'The fact, e.g. participantsMax; a message names it as a placeholder, {participantsMax}.' })
  name: string;

  @Field({ description: 'Its value: a whole number, a date YYYY-MM-DD, a format or a category code.' })
  value: string;
}

/** The facts a rule read, as the API lists them: name and text. */
export const findingValues = (finding: Pick<Finding, 'values'>): RuleFindingValue[] =>
  Object.entries(finding.values).map(([name, value]) => ({ name, value: String(value) }));

/** What says a finding's words in any language: its rule's texts (RuleTextBook) and the facts it read, numbers kept as numbers. */
export abstract class FindingWords {
  texts: RuleTexts;

  facts: Readonly<Record<string, string | number>>;

  protected said(locale: Locale): string {
    return findingMessageIn(this.texts, { values: this.facts }, locale);
  }
}

@ObjectType({ description: 'A validation rule a roundtable breaks.' })
export class RuleFinding extends FindingWords {
  @Field({ description: 'The rule, e.g. SPLIT_WITHIN_TOTAL.' })
  ruleCode: string;

  @Field(() => RuleSeverity)
  severity: RuleSeverity;

  @Field({ description: "The field it concerns, as problems name them: 'attendance.onsite', 'categories.1.participants'." })
  field: string;

  @Field(() => String, {
    description: 'What the rule holds a roundtable to, in a few words, in the language asked for (English where it has none).',
  })
  title(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this.texts.title, locale);
  }

  @Field(() => String, {
    description: 'What to fix or check, in the language asked for (English where the rule has none), filled with the facts it read.',
  })
  message(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return this.said(locale);
  }

  @Field(() => [RuleFindingValue], {
    description: 'The facts the rule read; its message names some of them, and the same message in another language is filled from them.',
  })
  values: RuleFindingValue[];
}

/** A finding as the API gives it, with its rule's words. */
export const apiFinding = (finding: Finding, texts: RuleTexts): RuleFinding =>
  Object.assign(new RuleFinding(), {
    ruleCode: finding.ruleCode,
    severity: finding.severity,
    field: finding.field,
    values: findingValues(finding),
    texts,
    facts: finding.values,
  });

@ObjectType({ description: 'A validation rule a recorded roundtable breaks, with the roundtable.' })
export class RoundtableRuleFinding extends RuleFinding {
  @Field(() => Roundtable)
  roundtable: Roundtable;
}

export const roundtableFinding = (finding: Finding, texts: RuleTexts, roundtable: Roundtable): RoundtableRuleFinding =>
  Object.assign(new RoundtableRuleFinding(), apiFinding(finding, texts), { roundtable });

@ObjectType({ description: 'One page of the rule findings in scope, and how many there are in all.' })
export class RuleFindingPage {
  @Field(() => Int, { description: 'Every finding that matches, on this page or another.' })
  totalCount: number;

  @Field(() => [RoundtableRuleFinding])
  rows: RoundtableRuleFinding[];
}

export const RuleFindingSortField = graphqlEnum('RuleFindingSortField', {
  DATE: 'The day the roundtable was held, then its region and number.',
  REGION: 'Its region, then the day and number.',
  RULE: 'The rule’s code, then the day, region and number.',
});
export type RuleFindingSortField = (typeof RuleFindingSortField)[keyof typeof RuleFindingSortField];

@InputType({ description: 'The order of a page of rule findings.' })
export class RuleFindingOrder {
  @Field(() => RuleFindingSortField, { defaultValue: RuleFindingSortField.DATE })
  field: RuleFindingSortField = RuleFindingSortField.DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
