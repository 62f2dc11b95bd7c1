import type { FieldProblem } from '../../data/api-errors';

/** The dialog's fields, in the order it shows them (and focuses the first with a problem). */
export const FIELDS = ['name', 'category', 'region', 'migrantLed'] as const;
export type Field = (typeof FIELDS)[number];
export type Problems = Partial<Record<Field, string[]>>;

/**
 * The API's problems beside the dialog's fields. The slug is made from the name, so a problem
 * with it is the name's; one the dialog has no field for is said apart, with the API's field.
 */
export function problemsByField(problems: readonly FieldProblem[]): { byField: Problems; others: string[] } {
  const byField: Problems = {};
  const others: string[] = [];
  for (const problem of problems) {
    const field = problem.field === 'slug' ? 'name' : (FIELDS.find((each) => each === problem.field) ?? null);
    if (field) byField[field] = [...(byField[field] ?? []), problem.message];
    else others.push(`${problem.field}: ${problem.message}`);
  }
  return { byField, others };
}
