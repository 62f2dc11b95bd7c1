import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seesQualityOf } from '../../../contract/regions/quality-scope';
import type { EngagementContext } from '../engagement.context';
import { Roundtable } from '../roundtable/roundtable.entity';
import { RuleFinding } from './rule-finding.types';

@Resolver(() => Roundtable)
export class RoundtableWarningsFields {
  @FieldResolver(() => [RuleFinding], {
    nullable: true,
    description:
      'The WARNING validation rules its recorded figures break: worth checking, not refused. ' +
      'Null for FUNDER and PUBLIC, and for a COORDINATOR outside its regions.',
  })
  async warnings(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<RuleFinding[] | null> {
    if (!seesQualityOf(ctx.viewer, roundtable.regionSlug)) return null;
    return (await ctx.loaders.ruleWarnings.load(roundtable.id))?.warnings ?? [];
  }
}
