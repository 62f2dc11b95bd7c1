import { Field, ObjectType } from 'type-graphql';
import { OrganisationRef } from '../federated-stubs';
import { Participant } from '../participant/participant.entity';
import { ParticipationMode } from '../participant/participant-enums';
import { OrganiserRole } from './roundtable-format';

@ObjectType({ description: 'An organisation that organised or supported a roundtable.' })
export class RoundtableOrganiser {
  // Geography may delete an organisation that roundtables still name: the gateway then has
  // nothing to answer for it, and a non-null field would turn the whole roundtable into null.
  @Field(() => OrganisationRef, {
    nullable: true,
    description: 'Null when the organisation has been deleted (asked for its slug alone, it still gives the slug).',
  })
  organisation: OrganisationRef | null;

  @Field(() => OrganiserRole)
  role: OrganiserRole;
}

@ObjectType({ description: 'A participant at a roundtable, and how they took part.' })
export class RoundtableParticipation {
  @Field(() => Participant)
  participant: Participant;

  @Field(() => ParticipationMode)
  mode: ParticipationMode;
}
