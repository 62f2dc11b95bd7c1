import { type ValidationError, type ValidationOptions, validate } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { badInput, type ErrorMessageKey, type ErrorText, errorMessageIn, errorText, errorTexts } from './errors';

export interface FieldProblem {
  field: string;
  /** What is wrong with the field, in English: `extensions.problems` gives it so in every language. */
  message: string;
  /** The same from the catalogue, which the refusal's message says in the client's language. */
  text?: ErrorText;
  /** The validation rule broken (contract/validation-rules/), when a rule found it. */
  ruleCode?: string;
}

/** A problem of a field, said by the catalogue: "must be 0 or more" is fieldProblem('attendance.online', errorText('notNegative')). */
export const fieldProblem = (field: string, text: ErrorText): FieldProblem => ({ field, message: errorMessageIn(text), text });

/** What a problem says, for the refusal's message: its catalogue text, else its English. */
const problemText = (problem: FieldProblem): ErrorText => problem.text ?? errorText('untranslated', { text: problem.message });

/**
 * A class-validator rule's message from the catalogue: its English as the rule's message, and
 * its text (or, for a message that depends on the value, the text for a value) kept for the refusal.
 */
export function ruleMessage(
  key: ErrorMessageKey | ((value: unknown) => ErrorText),
  args?: Record<string, string | number>,
): Pick<ValidationOptions, 'message' | 'context'> {
  if (typeof key === 'function') return { message: ({ value }) => errorMessageIn(key(value)), context: { text: key } };
  const text = errorText(key, args);
  return { message: errorMessageIn(text), context: { text } };
}

function flatten(errors: ValidationError[], prefix: string, into: FieldProblem[]): FieldProblem[] {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      const given = (error.contexts?.[constraint] as { text?: ErrorText | ((value: unknown) => ErrorText) } | undefined)?.text;
      const text = typeof given === 'function' ? given(error.value) : given;
      into.push(text ? { field, message, text } : { field, message });
    }
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

/**
 * The one refusal for bad input: every problem in the message, in the client's language, and as
 * data for forms (`extensions.problems`: field, English message, rule), the same in every language.
 */
export function refusal(problems: FieldProblem[]) {
  const list = errorTexts(
    problems.map((problem) => errorText('fieldProblem', { field: problem.field, problem: problemText(problem) })),
    '; ',
  );
  return badInput(errorText('pleaseCorrect', { problems: list }), { problems: problems.map(({ text: _text, ...problem }) => problem) });
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
