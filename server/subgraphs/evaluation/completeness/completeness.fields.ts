import { Ctx, Directive, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { badInput, errorText } from '../../../core/errors';
import type { EvaluationContext } from '../evaluation.context';
import { ReportingPeriod } from '../indicator/indicator.types';
import { TargetOrigin } from '../result/indicator-result.fields';
import type { EffectiveTarget } from '../targets/target-book';
import { RegionPeriodCompletenessRef } from './region-period-completeness.ref';

/** What a platform is expected to hold: the roundtables of its ROUNDTABLES_HELD target. */
export const EXPECTED_INDICATOR = 'ROUNDTABLES_HELD';

// The rates need engagement's counts; the gateway fetches them first.
const NEEDS_RECORDED = '@requires(fields: "recorded")';
const NEEDS_APPROVED = '@requires(fields: "approved")';

const NO_TARGET: EffectiveTarget = { baseline: null, target: null, source: null, origin: 'NONE' };

@Resolver(() => RegionPeriodCompletenessRef)
export class CompletenessFields {
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Roundtables expected: the region's own ROUNDTABLES_HELD target for the period, else the one for every region; null when neither is set.",
  })
  async expected(@Root() row: RegionPeriodCompletenessRef, @Ctx() ctx: EvaluationContext): Promise<number | null> {
    return (await expectedOf(row, ctx)).target;
  }

  @FieldResolver(() => TargetOrigin, { description: 'Where the expected number comes from: REGION, DEFAULT or NONE.' })
  async expectedOrigin(@Root() row: RegionPeriodCompletenessRef, @Ctx() ctx: EvaluationContext): Promise<TargetOrigin> {
    const { origin, source } = await expectedOf(row, ctx);
    return { kind: origin, source };
  }

  @Directive(NEEDS_RECORDED)
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'recorded / expected; null when nothing is expected (no target, or a target of 0): unknown, never 0.',
  })
  async reportingRate(@Root() row: RegionPeriodCompletenessRef, @Ctx() ctx: EvaluationContext): Promise<number | null> {
    return rate(countOf(row, 'recorded'), (await expectedOf(row, ctx)).target);
  }

  @Directive(NEEDS_APPROVED)
  @FieldResolver(() => Float, { nullable: true, description: 'approved / expected; null when nothing is expected.' })
  async approvedRate(@Root() row: RegionPeriodCompletenessRef, @Ctx() ctx: EvaluationContext): Promise<number | null> {
    return rate(countOf(row, 'approved'), (await expectedOf(row, ctx)).target);
  }

  @FieldResolver(() => ReportingPeriod, { nullable: true, description: 'The reporting period: its dates and its label.' })
  period(@Root() row: RegionPeriodCompletenessRef, @Ctx() ctx: EvaluationContext): ReportingPeriod | null {
    return ctx.catalogue.period(row.periodCode) ?? null;
  }
}

/** The target that applies, from every target read once for the request however many rows ask. */
async function expectedOf(row: RegionPeriodCompletenessRef, ctx: EvaluationContext): Promise<EffectiveTarget> {
  const indicator = ctx.catalogue.find(EXPECTED_INDICATOR);
  if (!indicator) return NO_TARGET;
  return (await ctx.loaders.targets.load()).forRegion(indicator, row.regionSlug, row.periodCode);
}

const rate = (count: number, expected: number | null): number | null => (expected ? count / expected : null);

function countOf(row: RegionPeriodCompletenessRef, field: 'recorded' | 'approved'): number {
  const count = row[field];
  if (count === undefined) throw badInput(errorText('completenessWithout', { region: row.regionSlug, period: row.periodCode, field }));
  return count;
}
