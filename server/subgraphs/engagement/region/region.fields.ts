import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../engagement.context';
import { RegionRef } from '../federated-stubs';
import { Roundtable } from '../roundtable/roundtable.entity';

@Resolver(() => RegionRef)
export class RegionRoundtablesFields {
  @FieldResolver(() => [Roundtable], { description: "The region's roundtables, by date." })
  roundtables(@Root() region: RegionRef, @Ctx() ctx: EngagementContext): Promise<Roundtable[]> {
    return ctx.loaders.roundtablesByRegion.load(region.slug);
  }
}
