import type { AuditAction } from '../../../../__generated__/graphql';
import { formatters } from '../../../../app/i18n/format';
import { formatMessage } from '../../../../app/i18n/message-format';
import { editingEn } from '../../../../app/i18n/messages/editing-en';
import { editingEs } from '../../../../app/i18n/messages/editing-es';
import { en } from '../../../../app/i18n/messages/en';
import { es } from '../../../../app/i18n/messages/es';
import { describeReview, isReviewStep, type ReviewEntry } from '../describe-review';

const english = {
  t: (key: keyof typeof editingEn | keyof typeof en, values?: Record<string, string | number>) =>
    formatMessage({ ...en, ...editingEn }[key], 'en', values),
  format: formatters('en'),
};
const spanish = {
  t: (key: keyof typeof editingEn | keyof typeof en, values?: Record<string, string | number>) =>
    formatMessage({ ...es, ...editingEs }[key], 'es', values),
  format: formatters('es'),
};

const at = '2025-03-04T09:30:00Z';
const entry = (
  action: ReviewEntry['action'],
  reviewComment: string | null,
  who: Pick<ReviewEntry, 'actorName' | 'actorRole'>,
): ReviewEntry => ({
  action,
  at,
  ...who,
  after: { reviewState: 'ANY', reviewComment },
});
const EVA = { actorName: 'Eva Evaluadora', actorRole: 'EVALUATOR' } as const;
const CARMEN = { actorName: 'Carmen Cepaim', actorRole: 'COORDINATOR' } as const;

describe('a review step in the history, in words', () => {
  it('tells review steps from changes of content', () => {
    const actions: AuditAction[] = ['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN'];
    expect(actions.filter(isReviewStep)).toEqual(['SUBMIT', 'APPROVE', 'RETURN', 'REOPEN']);
  });

  it('says who took each step, in which role and when, with the comment given', () => {
    const when = english.format.dateTime(at);
    expect(describeReview(entry('SUBMIT', null, CARMEN), english)).toEqual({
      sentence: `Carmen Cepaim (Regional coordinator) submitted it for review on ${when}.`,
      comment: null,
    });
    expect(describeReview(entry('RETURN', 'Attendance does not match the minutes.', EVA), english)).toEqual({
      sentence: `Eva Evaluadora (Evaluator) returned it to its coordinator on ${when}, to be corrected.`,
      comment: 'Attendance does not match the minutes.',
    });
    expect(describeReview(entry('APPROVE', null, EVA), english).sentence).toBe(
      `Eva Evaluadora (Evaluator) approved it on ${when}: it is counted for funders and the public, and locked against changes.`,
    );
    expect(describeReview(entry('REOPEN', '  Duration to be added. ', EVA), english)).toEqual({
      sentence: `Eva Evaluadora (Evaluator) reopened it on ${when}, so that it can be changed; it is no longer counted for funders and the public.`,
      comment: 'Duration to be added.',
    });
  });

  it('reads in Spanish too', () => {
    expect(describeReview(entry('RETURN', 'Faltan fuentes.', EVA), spanish)).toEqual({
      sentence: `Eva Evaluadora (Evaluación) la devolvió a su coordinación el ${spanish.format.dateTime(at)}, para que la corrija.`,
      comment: 'Faltan fuentes.',
    });
  });

  it('reads an entry without a snapshot as one without a comment', () => {
    expect(describeReview({ ...entry('APPROVE', null, EVA), after: null }, english).comment).toBeNull();
  });
});
