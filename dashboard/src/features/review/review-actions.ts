import type { ReviewAction, ReviewState } from '../../__generated__/graphql';
import { mayEditRegion, mayReview } from '../../app/session/permissions';
import type { SessionViewer } from '../../app/session/session';

/**
 * The review flow as the API runs it (server/subgraphs/engagement/review/review-state.ts): what
 * each step starts from, who takes it (the region's editors, or reviewers) and whether it must
 * say why. The API still decides; this only keeps from offering what it would refuse.
 */
export const REVIEW_FLOW: Readonly<
  Record<ReviewAction, { from: readonly ReviewState[]; by: 'editor' | 'reviewer'; commentRequired: boolean }>
> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], by: 'editor', commentRequired: false },
  APPROVE: { from: ['SUBMITTED'], by: 'reviewer', commentRequired: false },
  RETURN: { from: ['SUBMITTED'], by: 'reviewer', commentRequired: true },
  REOPEN: { from: ['APPROVED'], by: 'reviewer', commentRequired: true },
};

const ACTIONS: readonly ReviewAction[] = ['SUBMIT', 'APPROVE', 'RETURN', 'REOPEN'];

export interface ReviewedRecord {
  regionSlug: string;
  reviewState: ReviewState;
}

type Viewer = SessionViewer | null | undefined;

/** The review steps `viewer` may take on a record as it stands, in the order they are offered. */
export function reviewActionsFor(viewer: Viewer, record: ReviewedRecord): ReviewAction[] {
  return ACTIONS.filter((action) => {
    const step = REVIEW_FLOW[action];
    if (!step.from.includes(record.reviewState)) return false;
    return step.by === 'editor' ? mayEditRegion(viewer, record.regionSlug) : mayReview(viewer);
  });
}

/** An approved record is locked: no one changes or deletes it until a reviewer reopens it. */
export const isLocked = (state: ReviewState): boolean => state === 'APPROVED';

/** Whether edit and delete are offered: to the region's editors, on a record that is not locked. */
export const mayChangeRecord = (viewer: Viewer, record: ReviewedRecord): boolean =>
  mayEditRegion(viewer, record.regionSlug) && !isLocked(record.reviewState);

/** A comment as the API keeps it: trimmed, and none when only spaces were typed. */
export const commentText = (typed: string): string | null => typed.trim() || null;

/** A selection with `ids` added (`chosen`) or taken out: one row's box, or the header's for every row. */
export function nextSelection(current: ReadonlySet<string>, ids: readonly string[], chosen: boolean): ReadonlySet<string> {
  const next = new Set(current);
  for (const id of ids) {
    if (chosen) next.add(id);
    else next.delete(id);
  }
  return next;
}
