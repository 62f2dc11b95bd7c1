import { type InputHTMLAttributes, useId } from 'react';

/** A labelled input with its hint and its problems beside it, tied to it for screen readers. */
export function TextField({
  label,
  hint,
  problems = [],
  ...input
}: { label: string; hint?: string; problems?: readonly string[] } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : undefined, problems.length ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input id={id} aria-invalid={problems.length ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {problems.length > 0 && (
        <p id={`${id}-error`} className="field-error">
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}
