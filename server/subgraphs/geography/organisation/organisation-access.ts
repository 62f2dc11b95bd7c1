import { assertMayEditAcrossRegions, assertMayEditRegion } from '../../../core/auth/edit-access';
import type { Viewer } from '../../../core/auth/viewer';

/** An organisation of a region is ADMIN's or that region's COORDINATOR's to change; one without a region is ADMIN's alone. */
export function assertMayEditOrganisation(viewer: Viewer, organisation: { slug: string; regionSlug: string | null }): void {
  if (organisation.regionSlug === null) assertMayEditAcrossRegions(viewer, organisation.slug);
  else assertMayEditRegion(viewer, organisation.regionSlug);
}
