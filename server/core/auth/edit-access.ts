import { DomainError, ErrorCode } from '../errors';
import { canEditRegion, canReview, Role, type Viewer } from './viewer';

const article = (role: string) => (/^[AEIOU]/.test(role) ? 'An' : 'A');

/** Refuses, with FORBIDDEN and who could do it instead, a change to a record of a region the viewer may not edit. */
export function assertMayEditRegion(viewer: Viewer, regionSlug: string): void {
  if (canEditRegion(viewer, regionSlug)) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    viewer.role === Role.COORDINATOR
      ? `You coordinate ${viewer.regions.join(', ')}; ${regionSlug} is not one of your regions.`
      : `${article(viewer.role)} ${viewer.role} user cannot change records; ask an ADMIN or the region's COORDINATOR.`,
  );
}

/** Records that belong to no region (they work across regions) are changed by ADMIN users only. */
export function assertMayEditAcrossRegions(viewer: Viewer, what: string): void {
  if (viewer.role === Role.ADMIN) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    `${what} works across regions, so only an ADMIN may change it; ${article(viewer.role).toLowerCase()} ${viewer.role} user cannot.`,
  );
}

/** Refuses, with FORBIDDEN, a review step (`what`, e.g. "Approving ... records") to a viewer who is not a reviewer. */
export function assertMayReview(viewer: Viewer, what: string): void {
  if (canReview(viewer)) return;
  throw new DomainError(ErrorCode.FORBIDDEN, `${what} is for reviewers: ADMIN and EVALUATOR users.`);
}

/** The taxonomy's labels (categories, challenges, indicators, periods) are the same for every region: ADMIN users change them. */
export function assertMayEditTaxonomy(viewer: Viewer): void {
  if (viewer.role === Role.ADMIN) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    `The taxonomy's labels are the same for every region, so only an ADMIN may change them; ${article(viewer.role).toLowerCase()} ${viewer.role} user cannot.`,
  );
}
