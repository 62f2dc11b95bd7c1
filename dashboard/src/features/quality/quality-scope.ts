import type { AnalyticsFilterInput } from '../../app/filters';
import type { SessionViewer } from '../../app/session/session';

/**
 * A coordinator's data quality is its own regions': those of the chosen regions it coordinates,
 * or all of them when it chose none of its own. Other roles keep the filter as chosen.
 */
export function qualityScope(viewer: SessionViewer | undefined, filter: AnalyticsFilterInput): AnalyticsFilterInput {
  if (viewer?.role !== 'COORDINATOR') return filter;
  const chosen = (filter.regions ?? []).filter((slug) => viewer.regions.includes(slug));
  return { ...filter, regions: chosen.length ? chosen : viewer.regions };
}
