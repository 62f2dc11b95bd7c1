import { Field, Int, ObjectType } from 'type-graphql';
import { IndicatorValue } from '../../../core/indicators/indicator-scope';

@ObjectType({ description: "One part of an indicator result's numerator, split by one dimension." })
export class IndicatorBreakdownRow {
  @Field({
    description:
      'What this part counts: a stakeholder category code (e.g. "NGO"); NEWCOMER or OTHER; a gender (e.g. "FEMALE") ' +
      'or age band (e.g. "AGE_25_34"); ONLINE, ONSITE or UNKNOWN (and for roundtables HYBRID); NOT_RECORDED where ' +
      'participant records do not say.',
  })
  key: string;

  @Field(() => IndicatorValue, { nullable: true, description: 'Null when unknown or, if suppressed is true, withheld.' })
  value: IndicatorValue | null;

  @Field(() => Int, { description: 'Roundtables where this part is present (a count above zero, or present but not counted).' })
  recordCount: number;

  @Field({ description: 'True when value is withheld from this viewer (FUNDER and PUBLIC) to protect small counts of people.' })
  suppressed: boolean;
}
