import type { SessionViewer } from './session';

// The API's own rules (server/core/auth/viewer.ts), so the dashboard offers only what the
// API will accept. The API still decides: these only hide what would be refused.
type Viewer = SessionViewer | null | undefined;

/** ADMIN edits every region; a COORDINATOR only the regions it was given. */
export const mayEditRegion = (viewer: Viewer, slug: string): boolean =>
  viewer?.role === 'ADMIN' || (viewer?.role === 'COORDINATOR' && viewer.regions.includes(slug));

/** Those who edit some region may import, each row still checked against its region. */
export const mayImport = (viewer: Viewer): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'COORDINATOR';

export const mayReadHistory = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'ANALYST' || viewer?.role === 'EVALUATOR';

/** The history of a region's records: those who read every history, and the region's coordinator. */
export const mayReadRegionHistory = (viewer: Viewer, slug: string): boolean => mayReadHistory(viewer) || mayEditRegion(viewer, slug);

/** Participant records, pseudonymous as they are, are for the roles that see records; FUNDER and PUBLIC see counts. */
export const seesParticipantRecords = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'COORDINATOR' || viewer?.role === 'ANALYST' || viewer?.role === 'EVALUATOR';

/** The roundtables CSV carries counts as recorded, small ones included: not for aggregate-only roles. */
export const mayExportRoundtables = (viewer: Viewer): boolean => viewer !== null && viewer !== undefined && viewer.role !== 'FUNDER';

/**
 * FUNDER and PUBLIC read counts of people from the protected publication, made per reporting
 * period (or all roundtables) and per region: they choose a period, not dates.
 */
export const seesPublication = (viewer: Viewer): boolean => viewer === null || viewer === undefined || viewer.role === 'FUNDER';

/** Baselines and targets are the evaluators' to set (and an administrator's). */
export const maySetTargets = (viewer: Viewer): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'EVALUATOR';

/**
 * Reviewers approve, return and reopen records: ADMIN and EVALUATOR. A coordinator never
 * approves its own region's records.
 */
export const mayReview = (viewer: Viewer): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'EVALUATOR';

/** Whether a viewer sees records in every review state, and so may choose approved ones only. */
export const seesEveryRecord = (viewer: Viewer): boolean => !seesPublication(viewer);

/**
 * The Data quality page: for those who see every record in some region (not FUNDER and PUBLIC,
 * to whom records waiting for review would be unapproved data).
 */
export const maySeeDataQuality = (viewer: Viewer): boolean =>
  viewer?.role === 'ADMIN' || viewer?.role === 'EVALUATOR' || viewer?.role === 'ANALYST' || viewer?.role === 'COORDINATOR';

/** Those who act on what the Data quality page lists: reviewers, and coordinators for their records. */
export const mayActOnDataQuality = (viewer: Viewer): boolean => mayReview(viewer) || viewer?.role === 'COORDINATOR';

/** The Organisations page, in the navigation of those who keep or read records; the list itself is public, as the API's is. */
export const maySeeOrganisations = (viewer: Viewer): boolean => maySeeDataQuality(viewer);

/** Those who record organisations: ADMIN anywhere, a COORDINATOR in its own regions. */
export const mayRecordOrganisations = (viewer: Viewer): boolean => viewer?.role === 'ADMIN' || viewer?.role === 'COORDINATOR';

/** An organisation of a region is ADMIN's or that region's COORDINATOR's; one working across regions (no region) is ADMIN's alone. */
export const mayEditOrganisation = (viewer: Viewer, regionSlug: string | null | undefined): boolean =>
  regionSlug ? mayEditRegion(viewer, regionSlug) : viewer?.role === 'ADMIN';

/** An organisation's history and deletions: every one for those who read the audit trail, its own regions' for a COORDINATOR. */
export const mayReadOrganisationHistory = (viewer: Viewer, regionSlug: string | null | undefined): boolean =>
  mayReadHistory(viewer) || (viewer?.role === 'COORDINATOR' && Boolean(regionSlug) && viewer.regions.includes(regionSlug as string));

/** Users are managed by ADMIN alone (invitations, roles, deactivation, password links). */
export const mayManageUsers = (viewer: Viewer): boolean => viewer?.role === 'ADMIN';

/** Every signed-in user has an account page: who they are, and their password. */
export const hasAccountPage = (viewer: Viewer): boolean => viewer !== null && viewer !== undefined;
