import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { EngagementContext } from '../engagement.context';
import { Participant } from './participant.entity';
import { NewParticipantsInput, ParticipantInput } from './participant.input';
import type { ParticipantService } from './participant.service';
import { ParticipationMode } from './participant-enums';
import type { ParticipantWriteService } from './participant-write.service';

const WHO = "ADMIN, or the COORDINATOR of the participant's region";

@Resolver(() => Participant)
export class ParticipantMutations {
  constructor(
    private readonly writes: ParticipantWriteService,
    private readonly reads: ParticipantService,
  ) {}

  private async fetch(id: string): Promise<Participant> {
    const [participant] = await this.reads.findByIds([id]);
    if (!participant) throw new Error(`Participant ${id} vanished after its write`);
    return participant;
  }

  @Mutation(() => Participant, { description: `Records a pseudonymous participant and their participations (${WHO}).` })
  async createParticipant(
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
    @Ctx() ctx: EngagementContext,
  ): Promise<Participant> {
    return this.fetch(await this.writes.create(ctx, input));
  }

  @Mutation(() => [Participant], {
    description:
      `Records many pseudonymous participants and their participations at once, as an attendance sheet sends them (${WHO}): ` +
      'all of them in one transaction, or none when any has a problem, every problem named by its place in the list.',
  })
  async createParticipants(
    @Arg('input', () => NewParticipantsInput) input: NewParticipantsInput,
    @Ctx() ctx: EngagementContext,
  ): Promise<Participant[]> {
    const ids = await this.writes.createMany(ctx, input.participants);
    const found = new Map((await this.reads.findByIds(ids)).map((participant) => [participant.id, participant]));
    return ids.map((id) => {
      const participant = found.get(id);
      if (!participant) throw new Error(`Participant ${id} vanished after its write`);
      return participant;
    });
  }

  @Mutation(() => Participant, { description: 'Replaces what is recorded about a participant. expectedVersion is the version you read.' })
  async updateParticipant(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => ParticipantInput) input: ParticipantInput,
    @Ctx() ctx: EngagementContext,
  ): Promise<Participant> {
    return this.fetch(await this.writes.update(ctx, id, expectedVersion, input));
  }

  @Mutation(() => ID, { description: 'Deletes a participant and their participations; the audit trail keeps the record.' })
  deleteParticipant(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: EngagementContext,
  ): Promise<string> {
    return this.writes.delete(ctx, id, expectedVersion);
  }

  @Mutation(() => Participant, {
    description: `Restores a deleted participant from the audit entry of its deletion, with its participations in the roundtables that still exist (${WHO}).`,
  })
  async restoreParticipant(@Arg('auditEntryId', () => ID) auditEntryId: string, @Ctx() ctx: EngagementContext): Promise<Participant> {
    return this.fetch(await this.writes.restore(ctx, auditEntryId));
  }

  @Mutation(() => Participant, { description: 'Records that a participant took part in a roundtable of their region, or changes how.' })
  async setParticipation(
    @Arg('participantId', () => ID) participantId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('roundtableId', () => ID) roundtableId: string,
    @Arg('mode', () => ParticipationMode) mode: ParticipationMode,
    @Ctx() ctx: EngagementContext,
  ): Promise<Participant> {
    return this.fetch(await this.writes.setParticipation(ctx, participantId, expectedVersion, roundtableId, mode));
  }

  @Mutation(() => Participant, { description: "Removes a participant's participation in one roundtable." })
  async removeParticipation(
    @Arg('participantId', () => ID) participantId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('roundtableId', () => ID) roundtableId: string,
    @Ctx() ctx: EngagementContext,
  ): Promise<Participant> {
    return this.fetch(await this.writes.removeParticipation(ctx, participantId, expectedVersion, roundtableId));
  }
}
