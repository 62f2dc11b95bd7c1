import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GeographyContext } from '../geography.context';
import { Organisation } from '../organisation/organisation.entity';
import { Region } from './region.entity';

@Resolver(() => Region)
export class RegionFields {
  @FieldResolver(() => [Organisation], { description: 'Organisations based in the region.' })
  organisations(@Root() region: Region, @Ctx() ctx: GeographyContext): Promise<Organisation[]> {
    return ctx.loaders.organisationsByRegion.load(region.slug);
  }
}
