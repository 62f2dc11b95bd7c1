import { Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { CategoryTaxonomy } from './category-taxonomy';
import { StakeholderCategory } from './stakeholder-category.entity';

@Resolver(() => StakeholderCategory)
export class CategoryResolver {
  constructor(private readonly taxonomy: CategoryTaxonomy) {}

  @Cached('reference')
  @Query(() => [StakeholderCategory], { description: 'The stakeholder-category taxonomy, in display order.' })
  stakeholderCategories(): StakeholderCategory[] {
    return this.taxonomy.all();
  }
}
