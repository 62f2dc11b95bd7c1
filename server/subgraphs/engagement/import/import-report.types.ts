import { Arg, Field, Int, ObjectType } from 'type-graphql';
import { type EnumValue, graphqlEnum } from '../../../core/enum-values';
import { Locale } from '../../../core/locale';
import { FindingWords, RuleFindingValue } from '../rules/rule-finding.types';

export const ImportAction = graphqlEnum(
  'ImportAction',
  ['CREATE', 'UPDATE', 'UNCHANGED'],
  'What an import does with one row: records a new roundtable, changes an existing one, or leaves it as it is.',
);
export type ImportAction = EnumValue<typeof ImportAction>;

@ObjectType({ description: 'A validation rule of severity WARNING that a row breaks: worth checking, not a reason to refuse it.' })
export class ImportWarning extends FindingWords {
  @Field(() => String, { nullable: true, description: 'The column, as named in the header; null when no column holds the field.' })
  column: string | null;

  @Field({ description: 'The rule, e.g. DURATION_PLAUSIBLE.' })
  ruleCode: string;

  @Field(() => String, {
    description: 'What to check, in the language asked for (English where the rule has none), filled with the facts it read.',
  })
  message(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return this.said(locale);
  }

  @Field(() => [RuleFindingValue], { description: 'The facts the rule read: the same message in another language is filled from them.' })
  values: RuleFindingValue[];
}

@ObjectType({ description: 'One row of an imported file and what the import does (or, in a dry run, would do) with it.' })
export class ImportRowResult {
  @Field(() => Int, { description: 'The line of the file the row starts on; the header is line 1.' })
  line: number;

  @Field({ description: 'Region slug.' })
  region: string;

  @Field(() => Int)
  number: number;

  @Field(() => ImportAction)
  action: ImportAction;

  @Field(() => [String], { description: 'For an UPDATE, the columns whose values differ from what is recorded.' })
  changedFields: string[];

  @Field(() => [ImportWarning], {
    description: 'What the validation rules ask to check in the roundtable the row leaves (WARNING rules): it is imported all the same.',
  })
  warnings: ImportWarning[];
}

@ObjectType({ description: 'Something to fix in an imported file before it can be imported.' })
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: 'The line of the file, the header being line 1; null for the file as a whole.' })
  line: number | null;

  @Field(() => String, { nullable: true, description: 'The column, as named in the header; null when the problem is not one cell.' })
  column: string | null;

  @Field({
    description:
      "What is wrong and how to fix it, in the request's language (Accept-Language, ?locale= or extensions.locale; else English). Values quoted from the file and column names stay as the file has them.",
  })
  message: string;

  @Field(() => String, { nullable: true, description: 'The validation rule broken, e.g. SPLIT_WITHIN_TOTAL; null for other problems.' })
  ruleCode?: string | null;
}

@ObjectType({
  description:
    'The outcome of a roundtable import. A file with any problem is written not at all: valid is false and errors names every problem.',
})
export class ImportReport {
  @Field({ description: 'True when the file has no problems.' })
  valid: boolean;

  @Field()
  dryRun: boolean;

  @Field({ description: 'True when the import was applied: a valid file, not a dry run.' })
  written: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [ImportRowResult], { description: 'Every row without problems, in file order, with what the import does with it.' })
  rows: ImportRowResult[];

  @Field(() => [ImportProblem], { description: 'Every problem found, by line and column; empty when valid.' })
  errors: ImportProblem[];
}
