import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seesNotes } from '../../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import { CategoryPresence, RoundtableAttendance } from '../attendance/attendance.types';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import type { EngagementContext } from '../engagement.context';
import { RegionRef } from '../federated-stubs';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import { assertSeesParticipantRecords } from '../participant/participant-access';
import { Source } from '../source/source.entity';
import { Roundtable } from './roundtable.entity';
import type { RoundtableService } from './roundtable.service';
import { RoundtableOrganiser, RoundtableParticipation } from './roundtable.types';

// Free text may name or describe people, so aggregate-only roles do not get it.
const FREE_TEXT_HIDDEN = 'Null for FUNDER and PUBLIC, who see no free text.';

@Resolver(() => Roundtable)
export class RoundtableFields {
  constructor(private readonly roundtables: RoundtableService) {}

  @FieldResolver(() => RegionRef)
  region(@Root() roundtable: Roundtable): RegionRef {
    return { slug: roundtable.regionSlug };
  }

  @FieldResolver(() => RoundtableAttendance)
  async attendance(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<RoundtableAttendance> {
    const row = await ctx.loaders.attendance.load(roundtable.id);
    // Every roundtable has a rollup, written in the transaction that writes it: one listed by this
    // request without one was deleted after the list was read, in a statement of its own.
    if (!row) throw new DomainError(ErrorCode.CONFLICT, errorText('deletedWhileRead'));
    return this.roundtables.disclosedAttendance(row, ctx.viewer);
  }

  @FieldResolver(() => [CategoryPresence], { description: 'Stakeholder categories present, with counts where known.' })
  async categories(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<CategoryPresence[]> {
    return this.roundtables.disclosedCategories(await ctx.loaders.categories.load(roundtable.id), ctx.viewer);
  }

  @FieldResolver(() => [RoundtableOrganiser])
  async organisers(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<RoundtableOrganiser[]> {
    const rows = await ctx.loaders.organisers.load(roundtable.id);
    return rows.map((row) => ({ organisation: { slug: row.organisationSlug }, role: row.role }));
  }

  @FieldResolver(() => [ChallengeMention], { description: 'Challenges raised, in the order the source gives them.' })
  challenges(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<ChallengeMention[]> {
    return ctx.loaders.challengeMentions.load(roundtable.id);
  }

  @FieldResolver(() => [Insight], { nullable: true, description: FREE_TEXT_HIDDEN })
  insights(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<Insight[]> | null {
    return seesNotes(ctx.viewer) ? ctx.loaders.insights.load(roundtable.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The reviewer's comment when it was returned or reopened, or approved with one; null for FUNDER and PUBLIC.",
  })
  reviewComment(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): string | null {
    return seesNotes(ctx.viewer) ? roundtable.reviewComment : null;
  }

  @FieldResolver(() => [Interest], { nullable: true, description: FREE_TEXT_HIDDEN })
  interests(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<Interest[]> | null {
    return seesNotes(ctx.viewer) ? ctx.loaders.interests.load(roundtable.id) : null;
  }

  @FieldResolver(() => [Source], {
    description:
      "Every publication this roundtable's record draws on; none for its platform's own record of the meeting, whose figures rest on the record itself (its recorder and time are in the audit trail).",
  })
  sources(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<Source[]> {
    return ctx.loaders.sourcesByRoundtable.load(roundtable.id);
  }

  @FieldResolver(() => [RoundtableParticipation], { description: 'Participant records, where the roundtable has them.' })
  async participations(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<RoundtableParticipation[]> {
    assertSeesParticipantRecords(ctx.viewer);
    const rows = await ctx.loaders.participations.load(roundtable.id);
    return rows.map(({ participant, mode }) => ({ participant, mode }));
  }
}
