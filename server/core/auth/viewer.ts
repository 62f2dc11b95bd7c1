import { type EnumValue, graphqlEnum } from '../enum-values';

/**
 * Who may see and do what. A token names one role; no token means PUBLIC. A COORDINATOR edits
 * only the regions its token names; a FUNDER sees aggregates only, from the protected
 * publication: no participant-level data, no free-text notes.
 */
export const Role = graphqlEnum(
  'Role',
  ['ADMIN', 'COORDINATOR', 'ANALYST', 'EVALUATOR', 'FUNDER', 'PUBLIC'],
  'What a signed-in user (or an anonymous one, PUBLIC) may see and do.',
);
export type Role = EnumValue<typeof Role>;

export interface Viewer {
  role: Role;
  /** Stable id of the user or service the token was issued to; "anonymous" for PUBLIC. */
  subject: string;
  name: string;
  /** Regions a COORDINATOR may edit; empty for every other role. */
  regions: string[];
  /**
   * The sign-in session the token belongs to (its `sid`), which the gateway checks is still
   * open at every request; none for a token made with `pnpm sira token`.
   */
  sessionId?: string;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: Role.PUBLIC, subject: 'anonymous', name: 'Anonymous', regions: [] });

const AGGREGATES_ONLY = new Set<Role>([Role.FUNDER, Role.PUBLIC]);

/** FUNDER and PUBLIC see counts of people from the protected publication; everyone else sees them as recorded. */
export const seesPublication = (viewer: Viewer): boolean => AGGREGATES_ONLY.has(viewer.role);
/** Participant-level records and free-text notes are not for aggregate-only roles. */
export const seesParticipantRecords = (viewer: Viewer): boolean => !AGGREGATES_ONLY.has(viewer.role);
export const seesNotes = (viewer: Viewer): boolean => !AGGREGATES_ONLY.has(viewer.role);

export const canEditRegion = (viewer: Viewer, regionSlug: string): boolean =>
  viewer.role === Role.ADMIN || (viewer.role === Role.COORDINATOR && viewer.regions.includes(regionSlug));

const READS_AUDIT = new Set<Role>([Role.ADMIN, Role.ANALYST, Role.EVALUATOR]);
export const canReadAudit = (viewer: Viewer): boolean => READS_AUDIT.has(viewer.role);

const REVIEWS = new Set<Role>([Role.ADMIN, Role.EVALUATOR]);
/**
 * Reviewers approve, return and reopen records, and close reporting periods: ADMIN, and
 * EVALUATOR, whose job is to stand behind the figures reported to funders. A coordinator
 * never approves its own records.
 */
export const canReview = (viewer: Viewer): boolean => REVIEWS.has(viewer.role);
