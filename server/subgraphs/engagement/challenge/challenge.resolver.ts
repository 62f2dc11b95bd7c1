import { Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import { Challenge } from './challenge.entity';
import type { ChallengeTaxonomy } from './challenge-taxonomy';

@Resolver(() => Challenge)
export class ChallengeResolver {
  constructor(private readonly taxonomy: ChallengeTaxonomy) {}

  @Cached('reference')
  @Query(() => [Challenge], { description: 'The challenge taxonomy, in display order.' })
  challenges(): Challenge[] {
    return this.taxonomy.all();
  }
}
