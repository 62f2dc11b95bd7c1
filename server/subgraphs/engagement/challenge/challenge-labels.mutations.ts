import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { LocalizedTextInput } from '../../../core/locale';
import type { TaxonomyTextsWriter } from '../../../core/taxonomy/taxonomy-texts-write';
import type { EngagementContext } from '../engagement.context';
import { Challenge } from './challenge.entity';
import type { ChallengeTaxonomy } from './challenge-taxonomy';

@Resolver()
export class ChallengeLabelsMutations {
  constructor(
    private readonly labels: TaxonomyTextsWriter,
    private readonly taxonomy: ChallengeTaxonomy,
  ) {}

  @Mutation(() => Challenge, {
    description:
      "Sets a challenge's label in every language at once (ADMIN): English required, each language at most once; " +
      'a language left out is shown in English. Audited; every read after it shows the new labels.',
  })
  async setChallengeLabels(
    @Arg('code', { description: 'The challenge, e.g. TRANSPORT.' }) code: string,
    @Arg('labels', () => [LocalizedTextInput]) labels: LocalizedTextInput[],
    @Arg('expectedVersion', () => Int, { description: 'The version read; another change since is a CONFLICT.' }) expectedVersion: number,
    @Ctx() ctx: EngagementContext,
  ): Promise<Challenge> {
    await this.labels.set(ctx, code, expectedVersion, { labels });
    return this.taxonomy.get(code);
  }
}
