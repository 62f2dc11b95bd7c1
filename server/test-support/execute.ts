import { execute, parse } from 'graphql';
import { requestInfo } from '../core/context';
import type { Subgraph } from '../core/subgraph';

/** Runs an operation against one subgraph's schema, with a fresh request context. */
export async function executeOn<Data = Record<string, unknown>>(
  subgraph: Subgraph,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const result = await execute({
    schema: subgraph.schema,
    document: parse(query),
    variableValues: variables,
    contextValue: await subgraph.createContext(requestInfo(headers)),
  });
  return result as { data?: Data | null; errors?: readonly import('graphql').GraphQLError[] };
}
