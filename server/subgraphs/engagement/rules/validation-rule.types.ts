import { Field, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../../core/locale';
import { RuleSeverity } from './rule-finding.types';

@ObjectType({ description: "A validation rule a roundtable's figures are held to, with its words in one language and in every language." })
export class ValidationRuleText {
  @Field({ description: 'Stable, e.g. SPLIT_WITHIN_TOTAL: what a finding names as its ruleCode.' })
  code: string;

  @Field(() => RuleSeverity)
  severity: RuleSeverity;

  @Field({ description: "The field it is shown beside, as problems name fields: 'attendance.onsite', 'categories.{index}.participants'." })
  field: string;

  @Field({ description: 'What it holds a roundtable to, in a few words.' })
  title: string;

  @Field({
    description:
      "What to fix or check, said after the field's name; its {placeholders} are filled from a finding's values, e.g. {participantsMax}.",
  })
  message: string;

  @Field(() => [String], { description: 'The facts its message names, each as {name}: the same in every language.' })
  placeholders: string[];

  @Field(() => [LocalizedText], {
    description: 'The title in each language it is written in, English first; the others fall back to English.',
  })
  titles: LocalizedText[];

  @Field(() => [LocalizedText], {
    description: 'The message in each language it is written in, English first; the others fall back to English.',
  })
  messages: LocalizedText[];

  @Field(() => [String], { description: 'The facts the rule reads, which its message may name as placeholders.' })
  facts: string[];

  @Field(() => Int, { description: 'Quote it to change the words (setValidationRuleTexts).' })
  version: number;
}
