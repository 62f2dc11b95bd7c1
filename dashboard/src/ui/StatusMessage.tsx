import { useEffect, useRef } from 'react';

/**
 * What just happened ("Roundtable 4 deleted."), taking the focus: the control that led
 * to it is often gone from the page, and the focus must not be lost with it.
 */
export function StatusMessage({ message }: { message: string | null }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) element.current?.focus();
  }, [message]);
  if (!message) return null;
  return (
    <p ref={element} className="banner notice" role="status" tabIndex={-1}>
      {message}
    </p>
  );
}
