import { createContext, type ReactNode, useContext } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';
import { fieldElementId } from './form-values';

/** The problems to show, by form field (e.g. `attendance.online`, `sources.r3.title`). */
export type ProblemsByField = ReadonlyMap<string, readonly string[]>;

const ProblemsContext = createContext<ProblemsByField>(new Map());

export function FieldProblemsProvider({ problems, children }: { problems: ProblemsByField; children: ReactNode }) {
  return <ProblemsContext.Provider value={problems}>{children}</ProblemsContext.Provider>;
}

export interface FieldWiring {
  id: string;
  errorId: string;
  messages: readonly string[];
  /** The attributes that tie a control to its hint and its problems. */
  controlProps: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
}

export function useFieldProblems(field: string, hintId?: string): FieldWiring {
  const messages = useContext(ProblemsContext).get(field) ?? [];
  const id = fieldElementId(field);
  const errorId = `${id}-error`;
  const describedBy = [hintId, messages.length ? errorId : undefined].filter(Boolean).join(' ');
  return {
    id,
    errorId,
    messages,
    controlProps: {
      id,
      ...(messages.length ? { 'aria-invalid': true as const } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    },
  };
}

/** A field's problems, in words beside it; nothing when it has none. */
export function FieldError({ wiring }: { wiring: FieldWiring }) {
  const { t } = useEditingI18n();
  if (wiring.messages.length === 0) return null;
  return (
    <p id={wiring.errorId} className="field-error">
      <span className="sr-only">{t('form.errorPrefix')} </span>
      {wiring.messages.join(' ')}
    </p>
  );
}
