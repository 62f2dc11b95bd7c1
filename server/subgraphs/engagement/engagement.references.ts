import { badInput, errorText } from '../../core/errors';
import type { ReferenceResolvers } from '../../core/federation';
import { isUuid } from '../../core/keys';
import type { EngagementContext } from './engagement.context';
import { checkedReference } from './indicator/indicator-result.reference';

export const ENGAGEMENT_REFERENCES: ReferenceResolvers = {
  // An id of another shape names no roundtable: asking the database would be an SQL error.
  Roundtable: {
    __resolveReference: (ref: { id: string }, ctx: EngagementContext) =>
      isUuid(String(ref.id)) ? ctx.loaders.roundtableById.load(String(ref.id)) : null,
  },
  Challenge: {
    __resolveReference: (ref: { code: string }, ctx: EngagementContext) =>
      ctx.challenges.has(ref.code) ? ctx.challenges.get(ref.code) : null,
  },
  // Engagement holds nothing of a region but its slug; geography answers the rest.
  Region: { __resolveReference: (ref: { slug: string }) => ({ slug: ref.slug }) },
  // Evaluation owns results; the representation carries all engagement needs to count one.
  // Async, so a malformed one fails alone: a throw here would fail every entity of the request.
  IndicatorResult: { __resolveReference: async (ref: Parameters<typeof checkedReference>[0]) => checkedReference(ref) },
  // Its counts depend on the filter the completeness query was asked with, which a key does not
  // carry: the gateway takes them from that query's answer, and nothing is counted for a bare key.
  RegionPeriodCompleteness: {
    __resolveReference: async () => {
      throw badInput(errorText('completenessByQuery'));
    },
  },
};
