import type { ValidationRule } from 'graphql';
import { errorText, LocalizedError } from '../errors';

/**
 * Refuses `__schema` and `__type` with a message that names the setting to change. Apollo's own
 * refusal (`introspection: false`) names an option of its API instead, which a deployer cannot set.
 * `__typename` and a subgraph's `_service { sdl }` are ordinary fields and stay open: the gateway
 * and clients need them.
 */
export function introspectionOffRule(production: boolean): ValidationRule {
  const text = errorText(production ? 'introspectionOffInProduction' : 'introspectionOff');
  return (context) => ({
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') context.reportError(new LocalizedError(text, { nodes: node }));
    },
  });
}
