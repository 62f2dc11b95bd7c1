import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../engagement.context';
import { OrganisationRef, RegionRef, StakeholderCategoryRef } from '../federated-stubs';
import type { Roundtable } from '../roundtable/roundtable.entity';
import { Participant } from './participant.entity';
import { ParticipantRoundtable } from './participant.types';

@Resolver(() => Participant)
export class ParticipantFields {
  @FieldResolver(() => RegionRef)
  region(@Root() participant: Participant): RegionRef {
    return { slug: participant.regionSlug };
  }

  @FieldResolver(() => StakeholderCategoryRef)
  category(@Root() participant: Participant): StakeholderCategoryRef {
    return { code: participant.categoryCode };
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'Null when none was recorded, or when the organisation has been deleted.',
  })
  organisation(@Root() participant: Participant): OrganisationRef | null {
    return participant.organisationSlug ? { slug: participant.organisationSlug } : null;
  }

  @FieldResolver(() => [ParticipantRoundtable], { description: 'The roundtables the participant took part in, by date.' })
  async participations(@Root() participant: Participant, @Ctx() ctx: EngagementContext): Promise<ParticipantRoundtable[]> {
    const rows = await ctx.loaders.participationsByParticipant.load(participant.id);
    const roundtables = await ctx.loaders.roundtableById.loadMany(rows.map((row) => row.roundtableId));
    return rows.flatMap((row, index) => {
      const roundtable = roundtables[index];
      return roundtable && !(roundtable instanceof Error)
        ? [{ roundtable: roundtable as Roundtable, roundtableId: row.roundtableId, mode: row.mode }]
        : [];
    });
  }
}
