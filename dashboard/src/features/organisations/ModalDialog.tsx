import { type ReactNode, type RefObject, useId, useLayoutEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  open: boolean;
  title: ReactNode;
  /** Escape, a cancel button or the parent: the parent sets `open` to false. */
  onClose: () => void;
  /** Runs just before it opens, e.g. to start again from empty fields. */
  onOpen?: () => void;
  /** What takes the focus on opening; by default the first control, as the browser chooses. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Ids of what says what the dialog asks. */
  describedBy?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog opened and closed by its parent's state. Drawn at the end of the document
 * (a form inside it must not sit inside the page's own form); the browser keeps the focus in
 * it and, on closing, gives it back to what had it before, the button that opened it.
 */
export function ModalDialog({ open, title, onClose, onOpen, initialFocus, describedBy, className, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Before the page's own effects: a message announced after closing must take the focus after the dialog gave it back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it follows `open` alone; onOpen and initialFocus are read as they are then.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      onOpen?.();
      element.showModal();
      initialFocus?.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  return createPortal(
    <dialog
      ref={dialog}
      className={className ? `organisation-dialog ${className}` : 'organisation-dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>,
    document.body,
  );
}
