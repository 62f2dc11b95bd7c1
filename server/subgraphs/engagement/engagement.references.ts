import type { ReferenceResolvers } from '../../core/federation';
import type { EngagementContext } from './engagement.context';

export const ENGAGEMENT_REFERENCES: ReferenceResolvers = {
  Roundtable: { __resolveReference: (ref: { id: string }, ctx: EngagementContext) => ctx.loaders.roundtableById.load(ref.id) },
  Challenge: {
    __resolveReference: (ref: { code: string }, ctx: EngagementContext) =>
      ctx.challenges.has(ref.code) ? ctx.challenges.get(ref.code) : null,
  },
  // Engagement holds nothing of a region but its slug; geography answers the rest.
  Region: { __resolveReference: (ref: { slug: string }) => ({ slug: ref.slug }) },
};
