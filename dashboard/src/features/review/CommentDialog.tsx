import { type FormEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { RECORDING_LIMITS } from '../../../../server/contract/recording-limits';
import { useEditingI18n } from '../../app/i18n/editing';
import type { WriteRefusal } from '../../data/api-errors';
import { RefusalAlert } from './RefusalAlert';
import { commentText } from './review-actions';

/** The longest comment the API keeps (the same limit it checks). */
const COMMENT_MAX = RECORDING_LIMITS.texts.reviewComment;

interface Props {
  open: boolean;
  title: string;
  question: string;
  commentLabel: string;
  confirmLabel: string;
  /** Said beside the field when it is left empty; by default, that the coordinator needs to know why. */
  requiredMessage?: string;
  /** The button that reloads what changed meanwhile; by default, the roundtables. */
  reloadLabel?: string;
  working: boolean;
  /** What the API said when it refused the step: shown in an alert that takes the focus. */
  refusal: WriteRefusal | null;
  /** Offered when the records changed since they were read: their new versions replace them on the page. */
  onReload: () => void;
  onConfirm: (comment: string) => void;
  /** The dialog closed: cancelled, Escape, or the step taken. */
  onClose: () => void;
}

/**
 * A step that must say why (return, reopen, closing a period): a modal dialog naming what it
 * does, with a required comment. An empty one is refused here, beside the field; the API's
 * refusal is read out where the focus goes. Closing returns the focus to the button that opened it.
 */
export function CommentDialog({
  open,
  title,
  question,
  commentLabel,
  confirmLabel,
  requiredMessage,
  reloadLabel,
  working,
  refusal,
  onReload,
  onConfirm,
  onClose,
}: Props) {
  const { t, format } = useEditingI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const titleId = useId();
  const questionId = useId();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();

  // Before any effect of the page: closing gives the focus back to the button that opened the
  // dialog, and the page's message for a step taken must take it after that, not before.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setText('');
      setMissing(false);
      element.showModal();
      field.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const comment = commentText(text);
    if (!comment) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    onConfirm(comment);
  };

  return (
    <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={questionId} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <p id={questionId}>{question}</p>
        <div className="field">
          <label htmlFor={fieldId}>{commentLabel}</label>
          <textarea
            id={fieldId}
            ref={field}
            rows={4}
            maxLength={COMMENT_MAX}
            required
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (missing && commentText(event.target.value)) setMissing(false);
            }}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${errorId} ${hintId}` : hintId}
          />
          {missing && (
            <p id={errorId} className="field-error">
              {requiredMessage ?? t('review.commentRequired')}
            </p>
          )}
          <p id={hintId} className="field-hint">
            {t('limits.text', { max: format.number(COMMENT_MAX) })}
          </p>
        </div>
        <RefusalAlert refusal={refusal} onReload={onReload} reloadLabel={reloadLabel} />
        <div className="form-actions">
          <button type="submit" className="primary">
            {working ? t('review.working') : confirmLabel}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
            {t('review.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
