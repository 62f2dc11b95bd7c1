import { Field, Int, ObjectType } from 'type-graphql';
import { Withholding } from '../../../contract/disclosure/withholding';
import { IndicatorValue } from '../../../contract/indicators/indicator-scope';

@ObjectType({ description: "One part of an indicator result's numerator, split by one dimension." })
export class IndicatorBreakdownRow {
  @Field({
    description:
      'What this part counts: a stakeholder category code (e.g. "NGO"); NEWCOMER or OTHER; a gender (e.g. "FEMALE") ' +
      'or age band (e.g. "AGE_25_34"); ONLINE, ONSITE or UNKNOWN (and for roundtables HYBRID); NOT_RECORDED where ' +
      'participant records do not say; FROM_PUBLICATIONS for the people of roundtables counted from their published figures, ' +
      'which say nothing of the split.',
  })
  key: string;

  @Field(() => IndicatorValue, { nullable: true, description: 'Null when unknown or, when withheld says why, withheld.' })
  value: IndicatorValue | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Roundtables where this part is present (a count above zero, or present but not counted); null when the split is not published.',
  })
  recordCount: number | null;

  @Field(() => Withholding, {
    nullable: true,
    description: 'Why value is withheld from this viewer (FUNDER and PUBLIC); null when it is not.',
  })
  withheld: Withholding | null;
}
