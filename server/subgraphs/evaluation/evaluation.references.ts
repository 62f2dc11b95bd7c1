import type { Withholding } from '../../contract/disclosure/withholding';
import type { IndicatorValue } from '../../contract/indicators/indicator-scope';
import type { ReferenceResolvers } from '../../core/federation';
import { checkedCompleteness } from './completeness/region-period-completeness.reference';
import type { EvaluationContext } from './evaluation.context';

export const EVALUATION_REFERENCES: ReferenceResolvers = {
  Indicator: { __resolveReference: (ref: { code: string }, ctx: EvaluationContext) => ctx.catalogue.find(ref.code) ?? null },
  // The gateway comes back with engagement's value to have progress and status judged.
  IndicatorResult: {
    __resolveReference: async (
      ref: { id: string; value?: IndicatorValue | null; withheld?: Withholding | null },
      ctx: EvaluationContext,
    ) => {
      const result = await ctx.results.fromId(ctx.viewer, ref.id, await ctx.loaders.targets.load());
      return result && Object.assign(result, { value: ref.value ?? null, withheld: ref.withheld ?? null });
    },
  },
  Region: { __resolveReference: (ref: { slug: string }) => ({ slug: ref.slug }) },
  // Engagement counts the records; the representation carries the counts the rates need.
  // Async, so a malformed one fails alone: a throw here would fail every entity of the request.
  RegionPeriodCompleteness: {
    __resolveReference: async (ref: Parameters<typeof checkedCompleteness>[0]) => checkedCompleteness(ref),
  },
};
