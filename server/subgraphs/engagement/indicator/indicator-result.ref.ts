import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import { IndicatorScope } from '../../../contract/indicators/indicator-scope';

/**
 * A result owned by evaluation: which measure, over which roundtables. Engagement holds none
 * of it; the gateway hands these fields over with each reference (@requires), and engagement
 * adds the figures it alone can count.
 */
@Directive('@key(fields: "id")')
@ObjectType('IndicatorResult', { description: 'An indicator result of evaluation, with the figures engagement counts for it.' })
export class IndicatorResultRef {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => IndicatorMeasure)
  numerator: IndicatorMeasure;

  @Directive('@external')
  @Field(() => IndicatorMeasure, { nullable: true })
  denominator: IndicatorMeasure | null;

  @Directive('@external')
  @Field(() => IndicatorScope)
  scope: IndicatorScope;
}
