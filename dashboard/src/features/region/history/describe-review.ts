import type { AuditAction, Role } from '../../../__generated__/graphql';
import type { EditingI18n } from '../../../app/i18n/editing';
import type { RoundtableSnapshot } from '../../../data/audit';

const REVIEW_STEPS = ['SUBMIT', 'APPROVE', 'RETURN', 'REOPEN'] as const;
export type ReviewStep = (typeof REVIEW_STEPS)[number];

/** A review step rather than a change of content: it has no fields to compare, only words. */
export const isReviewStep = (action: AuditAction): action is ReviewStep => (REVIEW_STEPS as readonly string[]).includes(action);

export interface ReviewEntry {
  action: ReviewStep;
  at: string;
  actorName: string;
  actorRole: Role;
  after: RoundtableSnapshot | null;
}

/**
 * A review step in words: who took it, in which role, and when, in one sentence; and the
 * comment they gave (a return's or a reopening's reason, always), if any.
 */
export function describeReview(
  entry: ReviewEntry,
  { t, format }: Pick<EditingI18n, 't' | 'format'>,
): { sentence: string; comment: string | null } {
  const who = `${entry.actorName} (${t(`role.${entry.actorRole}`)})`;
  return {
    sentence: t(`history.review.${entry.action}`, { who, when: format.dateTime(entry.at) }),
    comment: entry.after?.reviewComment?.trim() || null,
  };
}
