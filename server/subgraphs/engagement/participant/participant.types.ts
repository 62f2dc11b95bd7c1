import { Field, ObjectType } from 'type-graphql';
import { Roundtable } from '../roundtable/roundtable.entity';
import { ParticipationMode } from './participant-enums';

@ObjectType({ description: 'A roundtable a participant took part in, and how.' })
export class ParticipantRoundtable {
  @Field(() => Roundtable)
  roundtable: Roundtable;

  @Field(() => ParticipationMode)
  mode: ParticipationMode;
}
