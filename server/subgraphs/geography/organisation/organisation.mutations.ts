import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { GeographyContext } from '../geography.context';
import { Organisation } from './organisation.entity';
import { NewOrganisationInput, OrganisationInput } from './organisation.input';
import type { OrganisationService } from './organisation.service';
import type { OrganisationWriteService } from './organisation-write.service';

const WHO = "ADMIN, or the COORDINATOR of the organisation's region; ADMIN alone for one that works across regions";

@Resolver(() => Organisation)
export class OrganisationMutations {
  constructor(
    private readonly writes: OrganisationWriteService,
    private readonly reads: OrganisationService,
  ) {}

  private async fetch(slug: string): Promise<Organisation> {
    const [organisation] = await this.reads.findBySlugs([slug]);
    if (!organisation) throw new Error(`Organisation ${slug} vanished after its write`);
    return organisation;
  }

  @Mutation(() => Organisation, { description: `Records an organisation (${WHO}).` })
  async createOrganisation(
    @Arg('input', () => NewOrganisationInput) input: NewOrganisationInput,
    @Ctx() ctx: GeographyContext,
  ): Promise<Organisation> {
    return this.fetch(await this.writes.create(ctx, input));
  }

  @Mutation(() => Organisation, {
    description: `Replaces what is recorded about an organisation; its slug stays (${WHO}). expectedVersion is the version you read.`,
  })
  async updateOrganisation(
    @Arg('slug') slug: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
    @Ctx() ctx: GeographyContext,
  ): Promise<Organisation> {
    return this.fetch(await this.writes.update(ctx, slug, expectedVersion, input));
  }

  @Mutation(() => String, {
    description:
      `Deletes an organisation and returns its slug (${WHO}). Roundtables and participants that name it keep the slug, ` +
      'and their organisation then reads null; organisationAuditLog keeps what it was.',
  })
  deleteOrganisation(
    @Arg('slug') slug: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: GeographyContext,
  ): Promise<string> {
    return this.writes.delete(ctx, slug, expectedVersion);
  }

  @Mutation(() => Organisation, {
    description: `Restores a deleted organisation, with its slug, from the audit entry of its deletion in organisationAuditLog (${WHO}).`,
  })
  async restoreOrganisation(@Arg('auditEntryId', () => ID) auditEntryId: string, @Ctx() ctx: GeographyContext): Promise<Organisation> {
    return this.fetch(await this.writes.restore(ctx, auditEntryId));
  }
}
