import { useEffect, useState } from 'react';

const CONTROL = 'input, select, textarea, button';

/** Focuses the control a field's id names, or the first control inside a group of fields. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  const control = element.matches(CONTROL) ? element : element.querySelector<HTMLElement>(CONTROL);
  (control ?? element).focus();
  element.scrollIntoView({ block: 'center' });
}

/**
 * Focus for an element that the next render creates (a row just added): ask with its id,
 * and it is focused once it is in the page.
 */
export function useFocusAfterRender(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    focusField(target);
    setTarget(null);
  }, [target]);
  return setTarget;
}
