import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import { Cached } from '../../../core/cache-policy';
import type { EngagementContext } from '../engagement.context';
import type { RankingService } from './ranking.service';
import {
  AttendanceOrder,
  AttendanceRanking,
  ChallengeOrder,
  ChallengeRanking,
  limitArg,
  StakeholderOrder,
  StakeholderRanking,
} from './ranking.types';

const filterArg = ['filter', () => AnalyticsFilter, { nullable: true }] as const;

/**
 * The bounded forms of attendanceMix, stakeholderMix and challengeFrequency: the first regions
 * by a measure and the rest summed, whatever the number of regions. The lists themselves still
 * answer every region in scope, as they always have (the report and the exports need each one).
 */
@Resolver()
export class RankingResolver {
  constructor(private readonly rankings: RankingService) {}

  @Cached('figures')
  @Query(() => AttendanceRanking, {
    description:
      'attendanceMix for the regions first by a measure (by default the 20 with the most participants), and every other region summed.',
  })
  attendanceRanking(
    @Ctx() ctx: EngagementContext,
    @Arg(...filterArg) filter?: AnalyticsFilter | null,
    @Arg('orderBy', () => AttendanceOrder, { nullable: true }) orderBy?: AttendanceOrder | null,
    @Arg('limit', () => Int, limitArg) limit = limitArg.defaultValue,
  ) {
    return this.rankings.attendance(ctx.viewer, filter, orderBy ?? new AttendanceOrder(), limit);
  }

  @Cached('figures')
  @Query(() => StakeholderRanking, {
    description:
      'stakeholderMix for the regions first by a measure (by default the 20 with the most participants), and each category summed over every other region.',
  })
  stakeholderRanking(
    @Ctx() ctx: EngagementContext,
    @Arg(...filterArg) filter?: AnalyticsFilter | null,
    @Arg('orderBy', () => StakeholderOrder, { nullable: true }) orderBy?: StakeholderOrder | null,
    @Arg('limit', () => Int, limitArg) limit = limitArg.defaultValue,
  ) {
    return this.rankings.stakeholders(ctx.viewer, filter, orderBy ?? new StakeholderOrder(), limit);
  }

  @Cached('figures')
  @Query(() => ChallengeRanking, {
    description:
      'challengeFrequency for the regions first by a measure (by default the 20 with the most mentions), and each challenge summed over every other region.',
  })
  challengeRanking(
    @Ctx() ctx: EngagementContext,
    @Arg(...filterArg) filter?: AnalyticsFilter | null,
    @Arg('orderBy', () => ChallengeOrder, { nullable: true }) orderBy?: ChallengeOrder | null,
    @Arg('limit', () => Int, limitArg) limit = limitArg.defaultValue,
  ) {
    return this.rankings.challengeFrequency(ctx.viewer, filter, orderBy ?? new ChallengeOrder(), limit);
  }
}
