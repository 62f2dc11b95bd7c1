import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledOperations } from './compiled-operations';

type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];

/**
 * Apollo Server executes with graphql-js unless it is given a gateway; this "gateway" is the
 * documented way to hand it another executor. It serves one fixed schema: Apollo still parses,
 * validates, runs its plugins and formats errors; only execution goes through graphql-jit.
 */
export function compiledExecutorGateway(schema: GraphQLSchema): GatewayInterface {
  const operations = new CompiledOperations(schema);
  const listeners = new Set<SchemaListener>();
  return {
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: async (requestContext) =>
          withExtensions(
            await operations.execute({
              document: requestContext.document,
              key: requestContext.queryHash,
              operationName: requestContext.request.operationName,
              variables: requestContext.request.variables,
              contextValue: requestContext.context,
            }),
          ),
      };
    },
    async stop() {},
  };
}

/**
 * graphql-jit leaves `extensions` undefined (and read-only) on the error it makes of a
 * resolver's exception, where graphql-js sets {}. Apollo reads `extensions.code` before
 * formatError runs, and on the TypeError answers a bare 'Internal server error': the error
 * mapper never saw it, so it was neither logged nor recognised (a database timeout among
 * others). Such an error is handed on as an object over it with empty extensions.
 */
function withExtensions(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => error.extensions === undefined)) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      error.extensions === undefined ? (Object.create(error, { extensions: { value: {}, enumerable: true } }) as GraphQLError) : error,
    ),
  };
}
