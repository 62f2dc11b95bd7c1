import { Field, ObjectType } from 'type-graphql';
import { OrganisationRef } from '../federated-stubs';
import { Participant } from '../participant/participant.entity';
import { ParticipationMode } from '../participant/participant-enums';
import { OrganiserRole } from './roundtable-format';

@ObjectType({ description: 'An organisation that organised or supported a roundtable.' })
export class RoundtableOrganiser {
  @Field(() => OrganisationRef)
  organisation: OrganisationRef;

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
