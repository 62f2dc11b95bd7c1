import './review.css';
import { useState } from 'react';
import type { ReviewAction, ReviewState } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import type { EditingKey } from '../../app/i18n/messages/editing-en';
import type { WriteRefusal } from '../../data/api-errors';
import { CommentDialog } from './CommentDialog';
import { RefusalAlert } from './RefusalAlert';
import { useReviewStep } from './review-writes';

export interface ReviewedRoundtable {
  id: string;
  number: number;
  date: string;
  version: number;
  reviewState: ReviewState;
  reviewComment?: string | null;
}

/** What the page says once a step is taken. */
const DONE: Record<ReviewAction, EditingKey> = {
  SUBMIT: 'review.submitted',
  APPROVE: 'review.approved',
  RETURN: 'review.returned',
  REOPEN: 'review.reopened',
};

/**
 * The reviewer's comment on a returned roundtable, where its coordinator looks first: what to
 * correct before submitting it again.
 */
export function ReturnedComment({ roundtable, mayCorrect }: { roundtable: ReviewedRoundtable; mayCorrect: boolean }) {
  const { t } = useEditingI18n();
  if (roundtable.reviewState !== 'RETURNED' || !roundtable.reviewComment) return null;
  return (
    <div className="banner review-comment" role="note">
      <p>
        <strong>{t('review.returnedTitle')}</strong>
      </p>
      <blockquote>{roundtable.reviewComment}</blockquote>
      {mayCorrect && <p>{t('review.returnedHint')}</p>}
    </div>
  );
}

/**
 * The review steps the viewer may take on one roundtable: submit and approve at once, return
 * and reopen after a dialog asking why. A refusal is the API's own message, in an alert that
 * takes the focus; a step taken is said by the page (`onReviewed`), which lists it anew.
 */
export function ReviewActions({
  roundtable,
  actions,
  regionName,
  onReviewed,
}: {
  roundtable: ReviewedRoundtable;
  actions: readonly ReviewAction[];
  regionName: string;
  onReviewed: (message: string) => void;
}) {
  const { t, format } = useEditingI18n();
  const { take, reload } = useReviewStep();
  const [working, setWorking] = useState<ReviewAction | null>(null);
  const [refusal, setRefusal] = useState<WriteRefusal | null>(null);
  const [asking, setAsking] = useState<'RETURN' | 'REOPEN' | null>(null);
  const [dialogRefusal, setDialogRefusal] = useState<WriteRefusal | null>(null);
  const { number } = roundtable;

  const step = async (action: ReviewAction, comment?: string) => {
    if (working) return;
    setWorking(action);
    setRefusal(null);
    setDialogRefusal(null);
    const outcome = await take(action, [{ id: roundtable.id, version: roundtable.version }], comment);
    setWorking(null);
    if ('refusal' in outcome) {
      if (comment === undefined) setRefusal(outcome.refusal);
      else setDialogRefusal(outcome.refusal);
      return;
    }
    setAsking(null);
    onReviewed(t(DONE[action], { number }));
  };
  const label = (action: ReviewAction) =>
    action === 'SUBMIT'
      ? t('review.submit')
      : action === 'APPROVE'
        ? t('review.approve')
        : action === 'RETURN'
          ? t('review.return')
          : t('review.reopen');
  const date = format.date(roundtable.date);

  return (
    <>
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'SUBMIT' || action === 'APPROVE' ? 'primary' : 'secondary'}
          onClick={() => {
            if (action === 'RETURN' || action === 'REOPEN') {
              setDialogRefusal(null);
              setAsking(action);
            } else void step(action);
          }}
        >
          {working === action ? t('review.working') : label(action)}
          <span className="sr-only"> {t('region.roundtable', { number })}</span>
        </button>
      ))}
      <RefusalAlert refusal={refusal} onReload={reload} className="item-alert" />
      {(actions.includes('RETURN') || actions.includes('REOPEN')) && (
        <CommentDialog
          open={asking !== null}
          title={asking === 'REOPEN' ? t('review.reopenTitle', { number }) : t('review.returnTitle', { number })}
          question={
            asking === 'REOPEN'
              ? t('review.reopenQuestion', { number, region: regionName, date })
              : t('review.returnQuestion', { number, region: regionName, date })
          }
          commentLabel={asking === 'REOPEN' ? t('review.reopenComment') : t('review.returnComment')}
          confirmLabel={asking === 'REOPEN' ? t('review.reopenConfirm') : t('review.returnConfirm')}
          working={working !== null}
          refusal={dialogRefusal}
          onReload={() => {
            reload();
            setAsking(null);
          }}
          onConfirm={(comment) => asking && void step(asking, comment)}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
