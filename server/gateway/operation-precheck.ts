import { type GraphQLError, type GraphQLSchema, getOperationAST, parse } from 'graphql';
import { checkOperation, checkQueryBytes, type OperationLimits, parseOptionsFor } from './operation-limits';

const MAX_REMEMBERED_TEXTS = 1000;

/** The refusal of a request body's operation, or undefined to let Apollo go on. */
export type OperationPrecheck = (body: unknown) => GraphQLError | undefined;

/**
 * Applies the operation limits to a POSTed operation before Apollo sees it.
 *
 * Apollo validates a text it has not seen before any plugin may look at the operation, and
 * validation is where an abusive query costs most: graphql-js compares every pair of fields
 * of one name, so 200 aliases of one field took 2–4 ms to validate before the limits could
 * refuse them. Measuring needs only the parsed text (an unknown field counts 1), so a new
 * text is parsed and measured here, and an over-limit one is refused unvalidated. Verdicts
 * are kept per text, so a text seen before costs a lookup. A text that does not parse is
 * left to Apollo, which reports the syntax error; the limits plugin still checks every
 * operation Apollo runs, GET requests included.
 */
export function operationPrecheck(schema: GraphQLSchema, limits: OperationLimits): OperationPrecheck {
  const verdicts = new Map<string, GraphQLError | null>();
  const judge = (query: string, operationName: string | undefined): GraphQLError | undefined => {
    const tooLong = checkQueryBytes(query, limits);
    if (tooLong) return tooLong;
    let document: ReturnType<typeof parse>;
    try {
      document = parse(query, parseOptionsFor(limits));
    } catch {
      return undefined;
    }
    const operation = getOperationAST(document, operationName);
    return operation ? checkOperation(schema, document, operation, limits) : undefined;
  };
  return (body) => {
    const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return undefined;
    const name = typeof operationName === 'string' ? operationName : undefined;
    const key = `${name ?? ''}\n${query}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = judge(query, name) ?? null;
      // A flood of distinct texts only empties the memory; judging a text again is cheap.
      if (verdicts.size >= MAX_REMEMBERED_TEXTS) verdicts.clear();
      verdicts.set(key, verdict);
    }
    return verdict ?? undefined;
  };
}
