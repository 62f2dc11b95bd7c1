import { type ChangeEvent, type ReactNode, useId } from 'react';
import { FieldError, useFieldProblems } from './field-problems';
import { useLimitHint } from './limit-hints';

interface Props {
  field: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  kind?: 'text' | 'count' | 'date' | 'url' | 'multiline';
  className?: string;
}

/**
 * One labelled box with its hint, its limit and its problems. Counts are typed as text so that
 * "2.5" or "-1" reach the check and are named, rather than being emptied by the browser; their
 * inputMode and pattern bring up a phone's numeric keyboard (iOS reads the pattern). No
 * maxLength either: a long text pasted in is refused with its length, never cut without a word.
 */
export function TextField({ field, label, value, onChange, hint: given, kind = 'text', className }: Props) {
  const hintId = useId();
  const limit = useLimitHint(field, kind === 'date' ? 'date' : 'field');
  const hint = [given, limit].filter(Boolean).join(' ') || undefined;
  const wiring = useFieldProblems(field, hint ? hintId : undefined);
  const change = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={wiring.id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError wiring={wiring} />
      {kind === 'multiline' ? (
        <textarea {...wiring.controlProps} value={value} onChange={change} rows={3} />
      ) : (
        <input
          {...wiring.controlProps}
          type={kind === 'date' ? 'date' : kind === 'url' ? 'url' : 'text'}
          inputMode={kind === 'count' ? 'numeric' : undefined}
          pattern={kind === 'count' ? '[0-9]*' : undefined}
          className={kind === 'count' ? 'count-input' : undefined}
          value={value}
          onChange={change}
        />
      )}
    </div>
  );
}
