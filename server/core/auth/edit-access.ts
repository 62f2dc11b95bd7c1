import { DomainError, ErrorCode, errorText } from '../errors';
import { canEditRegion, canReview, Role, type Viewer } from './viewer';

/** Refuses, with FORBIDDEN and who could do it instead, a change to a record of a region the viewer may not edit. */
export function assertMayEditRegion(viewer: Viewer, regionSlug: string): void {
  if (canEditRegion(viewer, regionSlug)) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    viewer.role === Role.COORDINATOR
      ? errorText('notYourRegion', { regions: viewer.regions.join(', '), region: regionSlug })
      : errorText('roleCannotChangeRecords', { role: viewer.role }),
  );
}

/** An organisation that belongs to no region (it works across regions) is changed by ADMIN users only. */
export function assertMayEditAcrossRegions(viewer: Viewer, organisationSlug: string): void {
  if (viewer.role === Role.ADMIN) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('acrossRegionsAdminOnly', { slug: organisationSlug, role: viewer.role }));
}

/** A review step, as the refusal of a viewer who is not a reviewer names it. */
export type ReviewStep = 'recordReview' | 'periodClosure' | 'outlierMark';

/** Refuses, with FORBIDDEN, a review step to a viewer who is not a reviewer. */
export function assertMayReview(viewer: Viewer, step: ReviewStep): void {
  if (canReview(viewer)) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('reviewersOnly', { step }));
}

/** The taxonomy's labels (categories, challenges, indicators, periods) are the same for every region: ADMIN users change them. */
export function assertMayEditTaxonomy(viewer: Viewer): void {
  if (viewer.role === Role.ADMIN) return;
  throw new DomainError(ErrorCode.FORBIDDEN, errorText('taxonomyAdminOnly', { role: viewer.role }));
}
