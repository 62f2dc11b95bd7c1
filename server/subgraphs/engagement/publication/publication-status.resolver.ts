import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { seesPublication } from '../../../core/auth/viewer';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import type { PublicationStore } from './publication-store';

@ObjectType({
  description:
    'The protected publication FUNDER and PUBLIC are answered from: built again after every change of the data, which takes minutes at 1,000 regions; meanwhile they are answered from the one before.',
})
export class PublicationStatus {
  @Field({ description: 'When the data it was built from were read (ISO 8601).' })
  asOf: string;

  @Field({ description: 'False while the publication of records changed since asOf is being built.' })
  current: boolean;
}

@Resolver()
export class PublicationStatusResolver {
  constructor(private readonly publications: PublicationStore) {}

  @Cached('figures')
  @Query(() => PublicationStatus, {
    nullable: true,
    description:
      'How current the counts of people FUNDER and PUBLIC see are: the publication their figures come from now. Null for the roles that see counts as recorded.',
  })
  async publicationStatus(@Ctx() ctx: EngagementContext): Promise<PublicationStatus | null> {
    if (!seesPublication(ctx.viewer)) return null;
    const { value, current } = await this.publications.served();
    return { asOf: value.asOf.toISOString(), current };
  }
}
