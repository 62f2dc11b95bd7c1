import { type ValidationError, validate } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badInput, errorText } from './errors';

export interface FieldProblem {
  field: string;
  message: string;
  /** The validation rule broken (contract/validation-rules/), when a rule found it. */
  ruleCode?: string;
}

function flatten(errors: ValidationError[], prefix: string, into: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) into.push({ field, message });
    flatten(error.children ?? [], field, into);
  }
  return into;
}

/** Every rule of an input object's class that its values break, named by field path (e.g. attendance.online). */
export async function inputProblems(item: object, prefix = ''): Promise<FieldProblem[]> {
  return flatten(await validate(item, { forbidUnknownValues: false }), prefix, []);
}

/**
 * Checks every input object with its class-validator rules before any resolver runs, and
 * refuses it with one BAD_USER_INPUT error that names each field and what to fix.
 */
export const validateInput: ValidatorFn = async (value) => {
  if (value === null || typeof value !== 'object') return;
  const items: object[] = Array.isArray(value) ? value : [value];
  const problems: FieldProblem[] = [];
  for (const [index, item] of items.entries()) {
    if (item === null || typeof item !== 'object') continue;
    problems.push(...(await inputProblems(item, Array.isArray(value) ? String(index) : '')));
  }
  if (problems.length > 0) {
    throw refusal(problems);
  }
};

/** The one refusal for bad input: every problem in the message, and as data for forms (each problem's own words are English). */
export function refusal(problems: FieldProblem[]) {
  const list = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return badInput(errorText('pleaseCorrect', { problems: list }), { problems });
}

/**
 * One message per problem: what a later check says about a field an earlier check already
 * refused is dropped (the first reason is kept, e.g. "is required" rather than also "is not a
 * real date"), and so is a message said twice about one field.
 */
export function firstReasons(earlier: readonly FieldProblem[], later: readonly FieldProblem[]): FieldProblem[] {
  const refused = new Set(earlier.map((problem) => problem.field));
  const kept: FieldProblem[] = [];
  for (const problem of [...earlier, ...later]) {
    const repeated = kept.some((seen) => seen.field === problem.field && seen.message === problem.message);
    if (!repeated && (earlier.includes(problem) || !refused.has(problem.field))) kept.push(problem);
  }
  return kept;
}
