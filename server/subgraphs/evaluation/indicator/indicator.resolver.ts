import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { EvaluationContext } from '../evaluation.context';
import { Indicator, ReportingPeriod } from './indicator.types';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Cached('reference')
  @Query(() => [Indicator], { description: 'The project indicators, in reporting order.' })
  indicators(@Ctx() ctx: EvaluationContext): readonly Indicator[] {
    return ctx.catalogue.indicators;
  }

  @Cached('unshared')
  @Query(() => Indicator, { nullable: true, description: 'One indicator by code; null when no indicator has it.' })
  indicator(@Arg('code') code: string, @Ctx() ctx: EvaluationContext): Indicator | null {
    return ctx.catalogue.find(code) ?? null;
  }

  @Cached('reference')
  @Query(() => [ReportingPeriod], { description: 'The whole project first, then its years.' })
  reportingPeriods(@Ctx() ctx: EvaluationContext): readonly ReportingPeriod[] {
    return ctx.catalogue.periods;
  }
}
