import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import { PageInput } from '../../../core/paging';
import type { EngagementContext } from '../engagement.context';
import { Source } from '../source/source.entity';
import type { AnalyticsService } from './analytics.service';
import {
  AttendanceMixRow,
  AttendanceTotal,
  CategoryReachRow,
  ChallengeFrequencyRow,
  ChallengeTotalRow,
  Coverage,
  SourcePage,
  StakeholderMixRow,
} from './analytics.types';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsService) {}

  @Cached('figures')
  @Query(() => [AttendanceMixRow], { description: 'Online, onsite and unknown-mode attendance per region.' })
  attendanceMix(@Ctx() ctx: EngagementContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null) {
    return this.analytics.attendanceMix(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => AttendanceTotal, {
    description: 'Online, onsite and unknown-mode attendance over every region in scope together: attendanceMix summed over regions.',
  })
  attendanceTotal(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
  ) {
    return this.analytics.attendanceTotal(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => [StakeholderMixRow], { description: 'Stakeholder categories present per region.' })
  stakeholderMix(@Ctx() ctx: EngagementContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null) {
    return this.analytics.stakeholderMix(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => [ChallengeFrequencyRow], { description: 'Challenges raised per region.' })
  challengeFrequency(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
  ) {
    return this.analytics.challengeFrequency(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => [CategoryReachRow], {
    description: 'Stakeholder categories present over all the regions in scope, one row each: stakeholderMix summed over regions.',
  })
  categoryReach(@Ctx() ctx: EngagementContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null) {
    return this.analytics.categoryReach(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => [ChallengeTotalRow], {
    description: 'Challenges raised over all the regions in scope, one row each: challengeFrequency summed over regions.',
  })
  challengeTotals(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
  ) {
    return this.analytics.challengeTotals(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => Coverage, { description: 'How many roundtables a filter covers, their dates, and how many are illustrative.' })
  coverage(@Ctx() ctx: EngagementContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null) {
    return this.analytics.coverage(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => [Source], {
    description:
      "The sources cited by the roundtables a filter covers, each once; then, where some of them cite none (a platform's own records), one entry per such platform, its region as recordedBy.",
  })
  sources(@Ctx() ctx: EngagementContext, @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null) {
    return this.analytics.sources(ctx.viewer, filter);
  }

  @Cached('figures')
  @Query(() => SourcePage, {
    description:
      'The list `sources` gives, a page at a time, with how many there are in all: for a view that names the first few and says how many more.',
  })
  sourcePage(
    @Ctx() ctx: EngagementContext,
    @Arg('filter', () => AnalyticsFilter, { nullable: true }) filter?: AnalyticsFilter | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ) {
    return this.analytics.sourcePage(ctx.viewer, filter, page ?? undefined);
  }
}
