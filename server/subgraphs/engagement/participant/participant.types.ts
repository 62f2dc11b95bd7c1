import { Field, ID, ObjectType } from 'type-graphql';
import { Roundtable } from '../roundtable/roundtable.entity';
import { ParticipationMode } from './participant-enums';

@ObjectType({ description: 'A roundtable a participant took part in, and how.' })
export class ParticipantRoundtable {
  @Field(() => Roundtable)
  roundtable: Roundtable;

  @Field(() => ID, { description: "The roundtable's id: enough where the roundtables are at hand already, and one level less deep." })
  roundtableId: string;

  @Field(() => ParticipationMode)
  mode: ParticipationMode;
}
