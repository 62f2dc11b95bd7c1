import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { GeographyContext } from '../geography.context';
import type { GeographyAuditService } from './geography-audit.service';
import { OrganisationAuditEntry } from './organisation-audit-entry';

@Resolver()
export class GeographyAuditResolver {
  constructor(private readonly audit: GeographyAuditService) {}

  @Cached('unshared')
  @Query(() => [OrganisationAuditEntry], {
    description:
      'Changes to an organisation, deleted ones included, newest first (ADMIN, ANALYST, EVALUATOR; ' +
      'a COORDINATOR for organisations of its own regions).',
  })
  organisationAuditLog(
    @Arg('slug', { description: 'The organisation slug, e.g. iom-spain.' }) slug: string,
    @Ctx() ctx: GeographyContext,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<OrganisationAuditEntry[]> {
    return this.audit.organisationLog(ctx.viewer, slug, limit);
  }

  @Cached('unshared')
  @Query(() => [OrganisationAuditEntry], {
    description:
      'Organisations deleted and not recorded again since, by the audit entry of their latest deletion, newest first: ' +
      'restoreOrganisation takes its id (ADMIN, ANALYST, EVALUATOR; a COORDINATOR for its own regions).',
  })
  organisationDeletions(
    @Ctx() ctx: GeographyContext,
    @Arg('region', () => String, { nullable: true, description: 'Only those deleted from this region.' }) region?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<OrganisationAuditEntry[]> {
    return this.audit.organisationDeletions(ctx.viewer, region, limit);
  }
}
