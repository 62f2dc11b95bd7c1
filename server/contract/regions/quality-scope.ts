import { Role, seesPublication, type Viewer } from '../../core/auth/viewer';
import { DomainError, ErrorCode } from '../../core/errors';
import { type AnalyticsFilter, resolveScope, type Scope } from './analytics-filter';
import type { RegionDirectory } from './region-directory';

/**
 * The data-quality lists (rule findings, outliers, completeness) count records in every review
 * state: FUNDER and PUBLIC, who see approved records only, are refused them. `what` names the
 * list in the refusal.
 */
export function assertSeesDataQuality(viewer: Viewer, what: string): void {
  if (seesPublication(viewer)) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `FUNDER and PUBLIC see approved records only; ${what} are for the roles that record and check them.`,
    );
  }
}

/** Whether a viewer sees a roundtable's data-quality marks (flags, warnings): the roles that see records, a coordinator in its own regions. */
export const seesQualityOf = (viewer: Viewer, regionSlug: string): boolean =>
  !seesPublication(viewer) && (viewer.role !== Role.COORDINATOR || viewer.regions.includes(regionSlug));

/**
 * The scope of a data-quality list. A coordinator's is its own regions: one it names that is not
 * is refused rather than answered with an empty list, which would read as "nothing to look at there".
 */
export async function dataQualityScope(
  viewer: Viewer,
  filter: AnalyticsFilter | null | undefined,
  regions: RegionDirectory,
): Promise<Scope> {
  const scope = await resolveScope(viewer, filter, regions);
  if (viewer.role !== Role.COORDINATOR) return scope;
  const others = (filter?.regions ?? []).filter((slug) => !viewer.regions.includes(slug));
  if (others.length > 0) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `You coordinate ${viewer.regions.join(', ') || 'no region'}; ${others.join(', ')} ${others.length === 1 ? 'is not one' : 'are not'} of your regions.`,
    );
  }
  return { ...scope, regionSlugs: (scope.regionSlugs ?? viewer.regions).filter((slug) => viewer.regions.includes(slug)) };
}
