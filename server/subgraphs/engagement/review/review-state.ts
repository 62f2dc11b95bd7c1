import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

export const ReviewState = graphqlEnum(
  'ReviewState',
  {
    DRAFT: 'Being recorded; counted only where every record is asked for.',
    SUBMITTED: 'Sent for review by its coordinator; waiting for a reviewer.',
    APPROVED: 'Checked by a reviewer; counted in what FUNDER and PUBLIC see, and locked until a reviewer reopens it.',
    RETURNED: 'Sent back by a reviewer with a comment saying what to fix; submitted again once fixed.',
  },
  'Where a roundtable stands in review. FUNDER and PUBLIC see APPROVED roundtables only.',
);
export type ReviewState = EnumValue<typeof ReviewState>;

export const ReviewAction = graphqlEnum(
  'ReviewAction',
  {
    SUBMIT: 'DRAFT or RETURNED → SUBMITTED; by ADMIN or the COORDINATOR of the region.',
    APPROVE: 'SUBMITTED → APPROVED; by a reviewer (ADMIN or EVALUATOR).',
    RETURN: 'SUBMITTED → RETURNED, with a comment saying what to fix; by a reviewer.',
    REOPEN: 'APPROVED → RETURNED, with the reason, so it can be changed again; by a reviewer.',
  },
  'A step in the review of roundtables.',
);
export type ReviewAction = EnumValue<typeof ReviewAction>;

interface Transition {
  from: readonly ReviewState[];
  to: ReviewState;
  /** Who may take it: the region's editors, or reviewers. */
  by: 'editor' | 'reviewer';
  commentRequired: boolean;
}

/** The review flow, as data: what each action moves from and to, who takes it, and whether it must say why. */
export const TRANSITIONS: Readonly<Record<ReviewAction, Transition>> = {
  SUBMIT: { from: [ReviewState.DRAFT, ReviewState.RETURNED], to: ReviewState.SUBMITTED, by: 'editor', commentRequired: false },
  APPROVE: { from: [ReviewState.SUBMITTED], to: ReviewState.APPROVED, by: 'reviewer', commentRequired: false },
  RETURN: { from: [ReviewState.SUBMITTED], to: ReviewState.RETURNED, by: 'reviewer', commentRequired: true },
  REOPEN: { from: [ReviewState.APPROVED], to: ReviewState.RETURNED, by: 'reviewer', commentRequired: true },
};
