import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CategoryRef, OrganisationRef } from '../federated-stubs';
import { Participant } from './participant.entity';

@Resolver(() => Participant)
export class ParticipantFields {
  @FieldResolver(() => CategoryRef)
  category(@Root() participant: Participant): CategoryRef {
    return { code: participant.categoryCode };
  }

  @FieldResolver(() => OrganisationRef, { nullable: true })
  organisation(@Root() participant: Participant): OrganisationRef | null {
    return participant.organisationSlug ? { slug: participant.organisationSlug } : null;
  }
}
