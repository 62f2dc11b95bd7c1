import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { seesQualityOf } from '../../../contract/regions/quality-scope';
import type { EngagementContext } from '../engagement.context';
import { Roundtable } from '../roundtable/roundtable.entity';
import { OutlierFlag } from './outlier.types';

@Resolver(() => Roundtable)
export class RoundtableOutlierFields {
  @FieldResolver(() => [OutlierFlag], {
    description:
      "Its figures far from their region's usual or the project's (see `outliers`), with where each stands in review. " +
      'Empty for FUNDER and PUBLIC, and for a COORDINATOR outside its regions.',
  })
  async outlierFlags(@Root() roundtable: Roundtable, @Ctx() ctx: EngagementContext): Promise<OutlierFlag[]> {
    if (!seesQualityOf(ctx.viewer, roundtable.regionSlug)) return [];
    return ctx.loaders.outlierFlags.load(roundtable.id);
  }
}
