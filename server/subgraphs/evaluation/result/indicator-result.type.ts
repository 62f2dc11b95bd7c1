import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { Withholding } from '../../../contract/disclosure/withholding';
import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import { IndicatorScope, IndicatorValue } from '../../../contract/indicators/indicator-scope';
import type { Indicator, ReportingPeriod } from '../indicator/indicator.types';
import type { EffectiveTarget } from '../targets/target-book';

/**
 * One indicator for one region (or all regions in scope) and one reporting period.
 * Evaluation owns what it measures and the target; engagement counts the value from the
 * `numerator`, `denominator` and `scope` it requires; progress and status require the value
 * back. The gateway plans the three steps.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An indicator for one region (or all regions in scope) and one reporting period, against its target.' })
export class IndicatorResult {
  @Field(() => ID)
  id: string;

  indicator: Indicator;
  regionSlug: string | null;
  period: ReportingPeriod;
  effectiveTarget: EffectiveTarget;

  @Field({ description: 'First day counted (the period, narrowed by the filter), YYYY-MM-DD.' })
  periodStart: string;

  @Field({ description: 'Last day counted, YYYY-MM-DD.' })
  periodEnd: string;

  @Field({ description: 'The day progress is judged at, YYYY-MM-DD: today unless asked otherwise.' })
  asOf: string;

  @Field(() => IndicatorMeasure)
  numerator: IndicatorMeasure;

  @Field(() => IndicatorMeasure, { nullable: true })
  denominator: IndicatorMeasure | null;

  @Field(() => IndicatorScope)
  scope: IndicatorScope;

  @Directive('@external')
  @Field(() => IndicatorValue, { nullable: true })
  value?: IndicatorValue | null;

  @Directive('@external')
  @Field(() => Withholding, { nullable: true })
  withheld?: Withholding | null;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;
}
