import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Cached } from '../../../core/cache-policy';
import type { EvaluationAuditService } from '../audit/evaluation-audit.service';
import { TargetAuditEntry } from '../audit/target-audit-entry';
import type { EvaluationContext } from '../evaluation.context';
import { RegionRef } from '../federated-stubs';
import { Indicator, ReportingPeriod } from '../indicator/indicator.types';
import { IndicatorTarget, IndicatorTargetChange, SetIndicatorTargetInput, TargetWarning } from './indicator-target.types';
import { targetWarnings } from './target-warnings';
import type { TargetWriteService } from './target-write.service';

@Resolver(() => IndicatorTarget)
export class TargetResolver {
  constructor(
    private readonly writes: TargetWriteService,
    private readonly audit: EvaluationAuditService,
  ) {}

  @Cached('unshared')
  @Query(() => [IndicatorTarget], {
    description: 'Baselines and targets as set, by indicator, period and region (every-region ones first).',
  })
  async indicatorTargets(
    @Ctx() ctx: EvaluationContext,
    @Arg('indicators', () => [String], { nullable: true }) indicators?: string[] | null,
  ): Promise<IndicatorTarget[]> {
    const wanted = new Set(ctx.catalogue.select(indicators, 'indicators').map((i) => i.code));
    const order = (t: IndicatorTarget) => `${t.indicatorCode}|${t.periodCode}|${t.regionSlug ?? ''}`;
    return (await ctx.loaders.targets.load()).all
      .filter((t) => wanted.has(t.indicatorCode))
      .sort((a, b) => order(a).localeCompare(order(b)));
  }

  @Cached('unshared')
  @Query(() => [TargetWarning], { description: 'Cumulative indicators whose year targets do not add up to the project target.' })
  async indicatorTargetWarnings(@Ctx() ctx: EvaluationContext): Promise<TargetWarning[]> {
    return targetWarnings(ctx.catalogue.indicators, ctx.catalogue.periods, (await ctx.loaders.targets.load()).all);
  }

  @Cached('unshared')
  @Query(() => [TargetAuditEntry], {
    description: "Changes to an indicator's baselines and targets, newest first (ADMIN, ANALYST, EVALUATOR).",
  })
  indicatorTargetHistory(
    @Arg('indicator') indicator: string,
    @Ctx() ctx: EvaluationContext,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit = 50,
  ): Promise<TargetAuditEntry[]> {
    return this.audit.targetLog(ctx.viewer, indicator, limit);
  }

  @Mutation(() => IndicatorTargetChange, {
    description: 'Sets a baseline and target (EVALUATOR, ADMIN). Quote the version to change an existing one. Audited.',
  })
  setIndicatorTarget(@Arg('input') input: SetIndicatorTargetInput, @Ctx() ctx: EvaluationContext): Promise<IndicatorTargetChange> {
    return this.writes.set(ctx, input);
  }

  @Mutation(() => IndicatorTargetChange, { description: 'Deletes a baseline and target (EVALUATOR, ADMIN). Audited.' })
  deleteIndicatorTarget(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: EvaluationContext,
  ): Promise<IndicatorTargetChange> {
    return this.writes.delete(ctx, id, version);
  }

  @FieldResolver(() => Indicator)
  indicator(@Root() target: IndicatorTarget, @Ctx() ctx: EvaluationContext): Indicator {
    return ctx.catalogue.find(target.indicatorCode) as Indicator;
  }

  @FieldResolver(() => ReportingPeriod)
  period(@Root() target: IndicatorTarget, @Ctx() ctx: EvaluationContext): ReportingPeriod {
    return ctx.catalogue.period(target.periodCode) as ReportingPeriod;
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: 'Null: every region without a target of its own.' })
  region(@Root() target: IndicatorTarget): RegionRef | null {
    return target.regionSlug ? { slug: target.regionSlug } : null;
  }
}
