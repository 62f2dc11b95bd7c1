import type { ReactElement } from 'react';
import { cloneElement } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';

/**
 * A labelled control with its hint and the API's problems with it, tied together for
 * screen readers: the control is described by both and marked invalid while it has one.
 */
export function TargetField({
  id,
  label,
  hint,
  problems = [],
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  problems?: readonly string[];
  className?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const { t } = useIndicatorsI18n();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', problems.length ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <p id={errorId} className="field-error">
          <span className="sr-only">{t('indicators.targets.errorPrefix')} </span>
          {problems.join(' ')}
        </p>
      )}
      {cloneElement(children, {
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(problems.length ? { 'aria-invalid': true } : {}),
      })}
    </div>
  );
}
