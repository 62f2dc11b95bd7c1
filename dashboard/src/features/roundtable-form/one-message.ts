import type { FieldProblem } from '../../data/api-errors';

/**
 * The problems the form shows, one message per problem, as the API keeps them: the answer to
 * the last save (or what stopped it being sent), then the validation rules' errors as they stand
 * now, except on a field already refused for another reason (its first reason is kept), and no
 * message twice about one field. A rule's error the answer repeats gives way to the same rule
 * checked here, which follows the typing.
 */
export function oneMessagePerProblem(answered: readonly FieldProblem[], ruleErrors: readonly FieldProblem[]): FieldProblem[] {
  const live = new Set(ruleErrors.map((problem) => `${problem.ruleCode} ${problem.field}`));
  const stillAnswered = answered.filter((problem) => !problem.ruleCode || !live.has(`${problem.ruleCode} ${problem.field}`));
  const refused = new Set(stillAnswered.filter((problem) => !problem.ruleCode).map((problem) => problem.field));
  const kept: FieldProblem[] = [];
  for (const problem of [...stillAnswered, ...ruleErrors.filter((error) => !refused.has(error.field))]) {
    if (!kept.some((seen) => seen.field === problem.field && seen.message === problem.message)) kept.push(problem);
  }
  return kept;
}
