import { useEffect, useRef } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';
import type { WriteRefusal } from '../../data/api-errors';

interface Props {
  refusal: WriteRefusal | null;
  /** Offered on a conflict: the records changed since they were read. */
  onReload: () => void;
  reloadLabel?: string;
  className?: string;
}

/** A refused step in the API's own words, in an alert that takes the focus; a conflict offers to reload what changed. */
export function RefusalAlert({ refusal, onReload, reloadLabel, className }: Props) {
  const { t } = useEditingI18n();
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) alert.current?.focus();
  }, [refusal]);
  if (!refusal) return null;
  const conflict = refusal.kind === 'staleVersion' || (refusal.kind === 'refused' && refusal.code === 'CONFLICT');
  return (
    <div ref={alert} className={className ? `banner error ${className}` : 'banner error'} role="alert" tabIndex={-1}>
      <p>{refusal.message}</p>
      {conflict && (
        <button type="button" className="secondary" onClick={onReload}>
          {reloadLabel ?? t('review.reload')}
        </button>
      )}
    </div>
  );
}
