import { Arg, Ctx, ID, Int, Mutation, Resolver, type ValidatorFn } from 'type-graphql';
import type { Viewer } from '../../../core/auth/viewer';
import type { EngagementContext } from '../engagement.context';
import { Roundtable } from './roundtable.entity';
import { RoundtableInput } from './roundtable.input';
import type { RoundtableService } from './roundtable.service';
import type { RoundtableWriteService } from './roundtable-write.service';

// The write service checks the input's field rules together with the checks across fields,
// so a person sees every problem of an entry at once rather than in two rounds.
const CHECKED_BY_SERVICE: ValidatorFn = () => {};

@Resolver(() => Roundtable)
export class RoundtableMutations {
  constructor(
    private readonly writes: RoundtableWriteService,
    private readonly reads: RoundtableService,
  ) {}

  private async fetch(viewer: Viewer, id: string): Promise<Roundtable> {
    const [roundtable] = await this.reads.findByIds(viewer, [id]);
    if (!roundtable) throw new Error(`Roundtable ${id} vanished after its write`);
    return roundtable;
  }

  @Mutation(() => Roundtable, { description: 'Records a roundtable (ADMIN, or the COORDINATOR of its region).' })
  async createRoundtable(
    @Arg('input', () => RoundtableInput, { validateFn: CHECKED_BY_SERVICE }) input: RoundtableInput,
    @Ctx() ctx: EngagementContext,
  ): Promise<Roundtable> {
    return this.fetch(ctx.viewer, await this.writes.create(ctx, input));
  }

  @Mutation(() => Roundtable, { description: 'Replaces what is recorded about a roundtable. expectedVersion is the version you read.' })
  async updateRoundtable(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => RoundtableInput, { validateFn: CHECKED_BY_SERVICE }) input: RoundtableInput,
    @Ctx() ctx: EngagementContext,
  ): Promise<Roundtable> {
    return this.fetch(ctx.viewer, await this.writes.update(ctx, id, expectedVersion, input));
  }

  @Mutation(() => ID, { description: 'Deletes a roundtable; its audit entry can restore it.' })
  deleteRoundtable(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: EngagementContext,
  ): Promise<string> {
    return this.writes.delete(ctx, id, expectedVersion);
  }

  @Mutation(() => Roundtable, { description: 'Restores a deleted roundtable from the audit entry of its deletion.' })
  async restoreRoundtable(@Arg('auditEntryId', () => ID) auditEntryId: string, @Ctx() ctx: EngagementContext): Promise<Roundtable> {
    return this.fetch(ctx.viewer, await this.writes.restore(ctx, auditEntryId));
  }
}
