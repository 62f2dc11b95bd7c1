import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seesNotes } from '../../../core/auth/viewer';
import type { EngagementContext } from '../engagement.context';
import { Source } from '../source/source.entity';
import { Challenge } from './challenge.entity';
import { ChallengeMention } from './challenge-mention.entity';

@Resolver(() => ChallengeMention)
export class ChallengeMentionFields {
  @FieldResolver(() => Challenge)
  challenge(@Root() mention: ChallengeMention, @Ctx() ctx: EngagementContext): Challenge {
    return ctx.challenges.get(mention.challengeCode);
  }

  // The type declares the field; this only decides who may read it.
  @FieldResolver(() => String, { nullable: true })
  note(@Root() mention: ChallengeMention, @Ctx() ctx: EngagementContext): string | null {
    return seesNotes(ctx.viewer) ? mention.note : null;
  }

  @FieldResolver(() => Source, { nullable: true })
  source(@Root() mention: ChallengeMention, @Ctx() ctx: EngagementContext): Promise<Source | null> | null {
    return mention.sourceId ? ctx.loaders.sourceById.load(mention.sourceId) : null;
  }
}
