import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses `__schema` and `__type` with a message that names the setting to change. Apollo's own
 * refusal (`introspection: false`) names an option of its API instead, which a deployer cannot set.
 * `__typename` and a subgraph's `_service { sdl }` are ordinary fields and stay open: the gateway
 * and clients need them.
 */
export function introspectionOffRule(production: boolean): ValidationRule {
  const message = production
    ? 'Introspection is off in production (NODE_ENV=production); set GRAPHQL_EXPLORER=on to turn it on, with the in-browser explorer. The schema is also published in schema/supergraph.graphql.'
    : 'Introspection is off (GRAPHQL_EXPLORER=off); set GRAPHQL_EXPLORER=on to turn it on, with the in-browser explorer.';
  return (context) => ({
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') context.reportError(new GraphQLError(message, { nodes: node }));
    },
  });
}
