import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';
import { fieldElementId } from './form-values';

/** The problems to show, by form field (e.g. `attendance.online`, `sources.r3.title`). */
export type ProblemsByField = ReadonlyMap<string, readonly string[]>;

const NONE: ProblemsByField = new Map();
const ProblemsContext = createContext<{ problems: ProblemsByField; warnings: ProblemsByField }>({ problems: NONE, warnings: NONE });

/** Problems stop the form being saved; warnings (a validation rule's) say what to check, and do not. */
export function FieldProblemsProvider({
  problems,
  warnings = NONE,
  children,
}: {
  problems: ProblemsByField;
  warnings?: ProblemsByField;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ problems, warnings }), [problems, warnings]);
  return <ProblemsContext.Provider value={value}>{children}</ProblemsContext.Provider>;
}

export interface FieldWiring {
  id: string;
  errorId: string;
  messages: readonly string[];
  warningId: string;
  warnings: readonly string[];
  /** The attributes that tie a control to its hint and its problems. */
  controlProps: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

export function useFieldProblems(field: string, hintId?: string): FieldWiring {
  const shown = useContext(ProblemsContext);
  const messages = shown.problems.get(field) ?? [];
  const warnings = shown.warnings.get(field) ?? [];
  const id = fieldElementId(field);
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy = [hintId, messages.length ? errorId : undefined, warnings.length ? warningId : undefined].filter(Boolean).join(' ');
  return {
    id,
    errorId,
    messages,
    warningId,
    warnings,
    controlProps: {
      id,
      ...(messages.length ? { 'aria-invalid': true as const } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    },
  };
}

/** A field's problems, then what to check about it, in words beside it; nothing when it has neither. */
export function FieldError({ wiring }: { wiring: FieldWiring }) {
  const { t } = useEditingI18n();
  return (
    <>
      {wiring.messages.length > 0 && (
        <p id={wiring.errorId} className="field-error">
          <span className="sr-only">{t('form.errorPrefix')} </span>
          {wiring.messages.join(' ')}
        </p>
      )}
      {wiring.warnings.length > 0 && (
        <p id={wiring.warningId} className="field-warning">
          <span className="field-warning-prefix">{t('form.warningPrefix')} </span>
          {wiring.warnings.join(' ')}
        </p>
      )}
    </>
  );
}
