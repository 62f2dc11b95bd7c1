import type { ReactNode } from 'react';
import { FieldError, useFieldProblems } from './field-problems';

/**
 * A group of fields under a legend. A problem with the group as a whole (e.g. online and
 * onsite adding up to more than the participants) is shown under the legend and read with it.
 */
export function FormSection({ field, legend, hint, children }: { field: string; legend: string; hint?: string; children: ReactNode }) {
  const wiring = useFieldProblems(field);
  const hintId = `${wiring.id}-hint`;
  const describedBy = [
    hint ? hintId : undefined,
    wiring.messages.length ? wiring.errorId : undefined,
    wiring.warnings.length ? wiring.warningId : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={wiring.id}
      className={`form-section${wiring.messages.length ? ' has-problem' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError wiring={wiring} />
      {children}
    </fieldset>
  );
}
