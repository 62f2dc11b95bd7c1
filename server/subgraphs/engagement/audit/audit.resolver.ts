import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import { AuditEntry } from './audit-entry';
import type { EngagementAuditService } from './engagement-audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: EngagementAuditService) {}

  @Cached('records')
  @Query(() => [AuditEntry], {
    description: 'Changes to engagement records, newest first (ADMIN, ANALYST, EVALUATOR; a COORDINATOR for its own regions).',
  })
  auditLog(
    @Ctx() ctx: EngagementContext,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only the changes to this record.' }) entityId?: string | null,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<AuditEntry[]> {
    return this.audit.list(ctx.viewer, { entityId, region, limit });
  }
}
