import { useEffect, useRef } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { FieldProblem, WriteRefusal } from '../../data/api-errors';
import type { TargetWarningData } from './warning-text';

export type Outcome =
  | { kind: 'saved'; message: string; warnings: TargetWarningData[] }
  | { kind: 'notNumbers'; problems: FieldProblem[] }
  | { kind: 'refused'; refusal: WriteRefusal };

/** The fields the form shows; a problem with any other is listed in the notice. */
export const TARGET_FIELDS = ['region', 'period', 'baseline', 'target', 'source', 'note'];

/**
 * How the last save ended, taking the focus after each attempt: saved (with what no longer
 * adds up), fields to correct, someone else's change to reload, or the API's refusal.
 */
export function TargetOutcome({
  outcome,
  attempt,
  describe,
  onReload,
}: {
  outcome: Outcome | null;
  attempt: number;
  describe: (warning: TargetWarningData) => string;
  onReload: () => void;
}) {
  const { t } = useIndicatorsI18n();
  const element = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per attempt, not per render.
  useEffect(() => {
    if (outcome) element.current?.focus();
  }, [attempt, outcome?.kind]);
  if (!outcome) return null;
  if (outcome.kind === 'saved') {
    return (
      <div ref={element} className="banner notice" role="status" tabIndex={-1}>
        <p>{outcome.message}</p>
        {outcome.warnings.length > 0 && (
          <ul className="plain-list target-warnings">
            {outcome.warnings.map((warning) => (
              <li key={`${warning.indicatorCode}|${warning.regionSlug ?? ''}`}>{describe(warning)}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { refusal } = outcome.kind === 'refused' ? outcome : { refusal: null };
  return (
    <div ref={element} className="banner error" role="alert" tabIndex={-1}>
      {refusal?.kind === 'staleVersion' ? (
        <>
          <p>{t('indicators.targets.conflict', { version: refusal.currentVersion })}</p>
          <button type="button" className="secondary" onClick={onReload}>
            {t('indicators.targets.reload')}
          </button>
        </>
      ) : refusal?.kind === 'refused' ? (
        <p>{t('indicators.targets.refused', { message: refusal.message })}</p>
      ) : (
        <>
          <p>{t('indicators.targets.problems')}</p>
          {refusal?.kind === 'problems' && (
            <ul className="plain-list">
              {refusal.problems
                .filter((problem) => !TARGET_FIELDS.includes(problem.field))
                .map((problem) => (
                  <li key={problem.field}>
                    {problem.field}: {problem.message}
                  </li>
                ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
