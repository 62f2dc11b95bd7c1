import { CombinedGraphQLErrors } from '@apollo/client';

/** One field the API refused, named by its path in the input, e.g. `attendance.onsite` or `categories.0.code`. */
export interface FieldProblem {
  field: string;
  message: string;
  /** The validation rule that found it, for a problem one found. */
  ruleCode?: string;
}

/**
 * What a refused write means for the person who sent it: fields to correct, a version
 * someone else has changed meanwhile, or anything else, with the API's words for it.
 */
export type WriteRefusal =
  | { kind: 'problems'; problems: FieldProblem[]; message: string }
  | { kind: 'staleVersion'; currentVersion: number; message: string }
  | { kind: 'refused'; code: string | undefined; message: string; reason?: string };

const isProblem = (value: unknown): value is FieldProblem =>
  typeof (value as FieldProblem | null)?.field === 'string' && typeof (value as FieldProblem).message === 'string';

export function readWriteRefusal(error: unknown): WriteRefusal {
  const message = (error as { message?: unknown } | null)?.message;
  const fallback: WriteRefusal = { kind: 'refused', code: undefined, message: typeof message === 'string' ? message : String(error) };
  if (!CombinedGraphQLErrors.is(error)) return fallback;
  const [first] = error.errors;
  if (!first) return fallback;
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
  const problems = first.extensions?.problems;
  if (code === 'BAD_USER_INPUT' && Array.isArray(problems) && problems.length > 0 && problems.every(isProblem)) {
    return { kind: 'problems', problems, message: first.message };
  }
  // A CONFLICT without a version is not a stale read, e.g. a roundtable number already taken.
  const currentVersion = first.extensions?.currentVersion;
  if (code === 'CONFLICT' && typeof currentVersion === 'number') return { kind: 'staleVersion', currentVersion, message: first.message };
  // A lock's CONFLICT says which: an APPROVED record, or a date in a closed period (PERIOD_CLOSED).
  const reason = first.extensions?.reason;
  return { kind: 'refused', code, message: first.message, ...(typeof reason === 'string' ? { reason } : {}) };
}
