import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
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
          operations.execute({
            document: requestContext.document,
            key: requestContext.queryHash,
            operationName: requestContext.request.operationName,
            variables: requestContext.request.variables,
            contextValue: requestContext.context,
          }),
      };
    },
    async stop() {},
  };
}
