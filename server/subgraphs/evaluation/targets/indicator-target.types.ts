import { IsNumber, IsOptional, Length, Matches, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SLUG } from '../../../core/keys';
import { ruleMessage } from '../../../core/validate-input';

@ObjectType({ description: 'A baseline and target of one indicator for one region (or every region) and one reporting period.' })
export class IndicatorTarget {
  @Field(() => ID)
  id: string;

  @Field()
  indicatorCode: string;

  @Field(() => String, { nullable: true, description: 'Null: the target of every region that has none of its own.' })
  regionSlug: string | null;

  @Field()
  periodCode: string;

  @Field(() => Float, { nullable: true, description: 'Where things stood before the project.' })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'Where they should be by the end of the period.' })
  target: number | null;

  @Field(() => String, { nullable: true, description: 'Where the target comes from: a document, a decision.' })
  source: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Int, { description: 'Quote it to change or delete the target.' })
  version: number;

  @Field({ description: 'When it last changed, as an ISO timestamp.' })
  updatedAt: string;
}

@InputType({ description: 'Sets the baseline and target of an indicator for a region (or every region) and a period.' })
export class SetIndicatorTargetInput {
  @Field({ description: 'Indicator code, e.g. ROUNDTABLES_HELD.' })
  indicator: string;

  @Field(() => String, { nullable: true, description: 'Region slug; leave out for the target of every region without its own.' })
  @IsOptional()
  @Matches(SLUG, ruleMessage('notARegionSlug'))
  region?: string | null;

  @Field({ description: 'Reporting period code, e.g. SIRA or 2022.' })
  period: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, ruleMessage('notANumber'))
  @Min(0, ruleMessage('notNegative'))
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, ruleMessage('notANumber'))
  @Min(0, ruleMessage('notNegative'))
  target?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the target comes from.' })
  @IsOptional()
  @Length(1, 500, ruleMessage('charactersBetween', { min: 1, max: 500 }))
  source?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, ruleMessage('charactersBetween', { min: 1, max: 2000 }))
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you last read; required to change an existing target.' })
  @IsOptional()
  version?: number | null;
}

@ObjectType({ description: "A cumulative indicator whose period targets do not add up to the project's target." })
export class TargetWarning {
  @Field()
  indicatorCode: string;

  @Field(() => String, { nullable: true, description: 'Null: the targets of every region without its own.' })
  regionSlug: string | null;

  @Field(() => Float)
  projectTarget: number;

  @Field(() => Float)
  periodTargetsSum: number;

  @Field(() => [String], { description: 'Year periods with no target of their own.' })
  periodsWithoutTarget: string[];

  @Field()
  message: string;
}

@ObjectType({ description: 'A target as saved, with what no longer adds up because of it.' })
export class IndicatorTargetChange {
  @Field(() => IndicatorTarget)
  target: IndicatorTarget;

  @Field(() => [TargetWarning], { description: 'Warnings for this indicator after the change; empty when its targets add up.' })
  warnings: TargetWarning[];
}
