import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  type OperationDefinitionNode,
  typeFromAST,
} from 'graphql';

/**
 * The variables with every input-object field a client left out that has a default given its
 * default, as graphql-js does while coercing them. graphql-jit (0.8) does not, and refuses such a
 * value for a non-null field as missing: `page: { limit: 20 }` would fail for want of `offset`.
 * Only what is left out is filled in; everything else stays as sent, for graphql-jit to check.
 */
export function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let filled: Record<string, unknown> | undefined;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || variables[name] == null) continue;
    const value = fill(type, variables[name]);
    if (value !== variables[name]) {
      filled ??= { ...variables };
      filled[name] = value;
    }
  }
  return filled ?? variables;
}

/** The value with its left-out defaults; the very same value when it has none to take. */
function fill(type: GraphQLInputType, value: unknown): unknown {
  const nullable = getNullableType(type);
  if (value == null) return value;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return fill(nullable.ofType, value);
    const items = value.map((item) => fill(nullable.ofType, item));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object' || Array.isArray(value)) return value;
  const given = value as Record<string, unknown>;
  let filled: Record<string, unknown> | undefined;
  for (const field of Object.values(nullable.getFields())) {
    const current = given[field.name];
    const next = current === undefined ? field.defaultValue : fill(field.type, current);
    if (next !== current) {
      filled ??= { ...given };
      filled[field.name] = next;
    }
  }
  return filled ?? value;
}
