import { Arg, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { Region } from './region.entity';
import type { RegionService } from './region.service';

@Resolver(() => Region)
export class RegionResolver {
  constructor(private readonly regionService: RegionService) {}

  @Cached('reference')
  @Query(() => [Region], { description: 'Every region, by country then name; optionally only those of some countries.' })
  regions(
    @Arg('countries', () => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 codes.' })
    countries?: string[] | null,
  ): Promise<Region[]> {
    return this.regionService.list(countries);
  }

  @Cached('unshared')
  @Query(() => Region, { nullable: true, description: 'One region by its slug, or null when there is none.' })
  region(@Arg('slug') slug: string): Promise<Region | null> {
    return this.regionService.findBySlug(slug);
  }
}
