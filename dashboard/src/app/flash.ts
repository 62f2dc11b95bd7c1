import { useEffect, useState } from 'react';

// What a page says about the action that led to it ("Roundtable 4 recorded as a draft: ..."), handed over
// across one navigation: the page it leads to reads it once.
let pending: string | null = null;

export function flash(message: string): void {
  pending = message;
}

/** The message left for this page, if any; it is shown here and then forgotten. */
export function useFlash(): string | null {
  const [message] = useState(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return message;
}
