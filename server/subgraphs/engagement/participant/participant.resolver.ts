import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { AuditEntry } from '../audit/audit-entry';
import type { EngagementContext } from '../engagement.context';
import { Participant } from './participant.entity';
import type { ParticipantService } from './participant.service';
import type { ParticipantDeletions } from './participant-deletions';

@Resolver(() => Participant)
export class ParticipantResolver {
  constructor(
    private readonly participants: ParticipantService,
    private readonly deletions: ParticipantDeletions,
  ) {}

  @Cached('unshared')
  @Query(() => Participant, {
    nullable: true,
    description: 'One participant record, or null when there is none (ADMIN, COORDINATOR, ANALYST and EVALUATOR).',
  })
  participant(@Arg('id', () => ID) id: string, @Ctx() ctx: EngagementContext): Promise<Participant | null> {
    return this.participants.find(ctx.viewer, id);
  }

  @Cached('records')
  @Query(() => [AuditEntry], {
    description:
      'The participants of a roundtable deleted and not restored: the latest deletion of each, newest first, whose id restoreParticipant ' +
      "takes (ADMIN, ANALYST, EVALUATOR; a COORDINATOR for its own regions). Empty for a roundtable that doesn't exist.",
  })
  deletedParticipants(@Arg('roundtableId', () => ID) roundtableId: string, @Ctx() ctx: EngagementContext): Promise<AuditEntry[]> {
    return this.deletions.of(ctx.viewer, roundtableId);
  }
}
