import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { LocalizedTextInput } from '../../../core/locale';
import type { TaxonomyTextsWriter } from '../../../core/taxonomy/taxonomy-texts-write';
import type { GeographyContext } from '../geography.context';
import type { CategoryTaxonomy } from './category-taxonomy';
import { StakeholderCategory } from './stakeholder-category.entity';

@Resolver()
export class CategoryLabelsMutations {
  constructor(
    private readonly labels: TaxonomyTextsWriter,
    private readonly taxonomy: CategoryTaxonomy,
  ) {}

  @Mutation(() => StakeholderCategory, {
    description:
      "Sets a stakeholder category's label in every language at once (ADMIN): English required, each language at most once; " +
      'a language left out is shown in English. Audited; every read after it shows the new labels.',
  })
  async setCategoryLabels(
    @Arg('code', { description: 'The category, e.g. NGO.' }) code: string,
    @Arg('labels', () => [LocalizedTextInput]) labels: LocalizedTextInput[],
    @Arg('expectedVersion', () => Int, { description: 'The version read; another change since is a CONFLICT.' }) expectedVersion: number,
    @Ctx() ctx: GeographyContext,
  ): Promise<StakeholderCategory> {
    await this.labels.set(ctx, code, expectedVersion, { labels });
    return this.taxonomy.find(code) as StakeholderCategory;
  }
}
