import { Field, Int, ObjectType } from 'type-graphql';
import { CountRange } from '../../../contract/count-range';
import { WITHHELD_DESCRIPTION, WithheldCount } from '../../../contract/disclosure/withholding';
import { StakeholderCategoryRef } from '../federated-stubs';
import { Source } from '../source/source.entity';

@ObjectType({
  description:
    'Who came to a roundtable. From participant records where the roundtable has them, otherwise as published. ' +
    'online, onsite and unknownMode split total: a participant whose mode was not published counts in unknownMode.',
})
export class RoundtableAttendance {
  @Field(() => CountRange, { nullable: true, description: 'Null when unknown.' })
  total: CountRange | null;

  @Field(() => CountRange, { nullable: true })
  online: CountRange | null;

  @Field(() => CountRange, { nullable: true })
  onsite: CountRange | null;

  @Field(() => CountRange, { nullable: true, description: 'Participants whose mode (online/onsite) is not known.' })
  unknownMode: CountRange | null;

  @Field(() => CountRange, { nullable: true, description: 'Refugees and migrants among the participants, where known.' })
  newcomers: CountRange | null;

  @Field(() => Int, { nullable: true, description: 'Number of organisations represented, where published.' })
  organisations: number | null;

  @Field({ description: 'True when counted from participant records, false when taken from a publication.' })
  fromRecords: boolean;

  @Field(() => Source, { nullable: true, description: 'The publication the figures come from.' })
  source: Source | null;

  @Field(() => [WithheldCount], {
    description: `${WITHHELD_DESCRIPTION} For FUNDER and PUBLIC every known count of people of one roundtable is NOT_PUBLISHED: the publication counts people per region and period.`,
  })
  withheld: WithheldCount[];
}

@ObjectType({ description: 'A stakeholder category present at a roundtable.' })
export class CategoryPresence {
  @Field(() => StakeholderCategoryRef)
  category: StakeholderCategoryRef;

  @Field(() => CountRange, { nullable: true, description: 'How many participants of the category; null when not published.' })
  participants: CountRange | null;

  @Field(() => [WithheldCount], { description: WITHHELD_DESCRIPTION })
  withheld: WithheldCount[];
}
