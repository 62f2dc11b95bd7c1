import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AgeBand, Gender } from './participant-enums';

/**
 * A pseudonymous participant: no name is stored; the pseudonym never leaves the server, so it
 * is no property here and no read selects it (PARTICIPANT_COLUMNS, participant.service.ts).
 */
@ObjectType({ description: 'A pseudonymous participant. No name or pseudonym is exposed.' })
export class Participant {
  @Field(() => ID)
  id: string;

  regionSlug: string;

  categoryCode: string;

  @Field({ description: 'A refugee or migrant taking part.' })
  newcomer: boolean;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand: AgeBand | null;

  organisationSlug: string | null;

  @Field()
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update or deletion must quote it.' })
  version: number;
}
