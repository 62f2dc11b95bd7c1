import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { PageInput } from '../../../core/paging';
import type { EngagementContext } from '../engagement.context';
import { RuleFindingOrder, RuleFindingPage, RuleSeverity } from './rule-finding.types';
import type { RuleFindingsService } from './rule-findings.service';

@Resolver()
export class RuleFindingsResolver {
  constructor(private readonly ruleFindingsService: RuleFindingsService) {}

  @Cached('records')
  @Query(() => RuleFindingPage, {
    description:
      'The validation rules each recorded roundtable in scope breaks (errors in records kept from before a rule, and warnings), a page at a time. ' +
      'For ADMIN, EVALUATOR and ANALYST, and a COORDINATOR for its own regions; not for FUNDER and PUBLIC, since they reveal records not yet approved.',
  })
  ruleFindings(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
    @Arg('severity', () => RuleSeverity, { nullable: true, description: 'One severity only; both when left out.' })
    severity?: RuleSeverity | null,
    @Arg('ruleCode', () => String, {
      nullable: true,
      description: 'One rule only, by code (e.g. DURATION_PLAUSIBLE); every rule when left out.',
    })
    ruleCode?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
    @Arg('orderBy', () => RuleFindingOrder, { nullable: true }) orderBy?: RuleFindingOrder | null,
  ): Promise<RuleFindingPage> {
    return this.ruleFindingsService.page(ctx.viewer, {
      filter,
      severity,
      ruleCode,
      page: page ?? undefined,
      orderBy: orderBy ?? new RuleFindingOrder(),
    });
  }
}
