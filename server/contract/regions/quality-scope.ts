import { Role, seesPublication, type Viewer } from '../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../core/errors';
import { type AnalyticsFilter, resolveScope, type Scope } from './analytics-filter';
import type { RegionDirectory } from './region-directory';

/** A data-quality list, as a refusal names it. */
export type DataQualityList = 'ruleFindings' | 'outliers' | 'completeness';

/**
 * The data-quality lists (rule findings, outliers, completeness) count records in every review
 * state: FUNDER and PUBLIC, who see approved records only, are refused them.
 */
export function assertSeesDataQuality(viewer: Viewer, list: DataQualityList): void {
  if (seesPublication(viewer)) throw new DomainError(ErrorCode.FORBIDDEN, errorText('dataQualityForRecorders', { list }));
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
      errorText('notYourRegions', { regions: viewer.regions.join(', ') || '—', others: others.join(', '), count: others.length }),
    );
  }
  return { ...scope, regionSlugs: (scope.regionSlugs ?? viewer.regions).filter((slug) => viewer.regions.includes(slug)) };
}
