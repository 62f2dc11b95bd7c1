import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import { Participant } from './participant.entity';
import type { ParticipantService } from './participant.service';

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(private readonly participants: ParticipantService) {}

  @Cached('unshared')
  @Query(() => Participant, {
    nullable: true,
    description: 'One participant record, or null when there is none (ADMIN, COORDINATOR, ANALYST and EVALUATOR).',
  })
  participant(@Arg('id', () => ID) id: string, @Ctx() ctx: EngagementContext): Promise<Participant | null> {
    return this.participants.find(ctx.viewer, id);
  }
}
