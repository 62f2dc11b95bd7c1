import { type ExecutionResult, type GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { requestInfo } from '../core/context';
import { CompiledOperations } from '../core/execution/compiled-operations';
import type { Subgraph } from '../core/subgraph';

// One per schema, as each server keeps one: an operation is compiled once, then reused.
const operationsBySchema = new WeakMap<GraphQLSchema, CompiledOperations>();

function operationsOf(schema: GraphQLSchema): CompiledOperations {
  let operations = operationsBySchema.get(schema);
  if (!operations) {
    operations = new CompiledOperations(schema);
    operationsBySchema.set(schema, operations);
  }
  return operations;
}

/**
 * Runs an operation against one subgraph's schema, with a fresh request context, the way a
 * server does: validated first with graphql-js's rules, as Apollo validates (so a mistyped
 * field fails here as it would there), then executed by graphql-jit through the same
 * CompiledOperations a served or in-process subgraph uses.
 */
export async function executeOn<Data = Record<string, unknown>>(
  subgraph: Subgraph,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return executeInContext<Data>(subgraph, query, variables, await subgraph.createContext(requestInfo(headers)));
}

/** The same, in a context the test made, e.g. to share its loaders with reads of its own. */
export async function executeInContext<Data = Record<string, unknown>>(
  subgraph: Subgraph,
  query: string,
  variables: Record<string, unknown> | undefined,
  contextValue: unknown,
) {
  const document = parse(query);
  const invalid = validate(subgraph.schema, document, specifiedRules);
  if (invalid.length > 0) {
    throw new Error(`The operation is not valid against ${subgraph.name}'s schema:\n${invalid.map((error) => error.message).join('\n')}`);
  }
  const result: ExecutionResult = await operationsOf(subgraph.schema).execute({ document, key: query, variables, contextValue });
  return result as { data?: Data | null; errors?: readonly GraphQLError[] };
}
