import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLSchema, isNonNullType } from 'graphql';

/**
 * Ends the description of every root query field made nullable here. The dashboard's codegen
 * reads it (dashboard/codegen.ts): its client drops an answer that carries any error, so such a
 * field is never null in what a page receives. Change both together.
 */
export const NULL_ONLY_WHEN_UNAVAILABLE = 'Null only when its service is not answering, with a SERVICE_UNAVAILABLE error saying so.';

/**
 * Makes every root query field nullable. Through the gateway one query may ask several
 * subgraphs at once; a non-null root field whose subgraph is down would null the whole answer
 * (GraphQL carries a null up to the nearest nullable field), and the other subgraphs' fields
 * with it. Nullable, only that field is null and the rest is answered. Mutations stay as they are:
 * each goes to one subgraph.
 */
export function withNullableQueryFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.QUERY_ROOT_FIELD]: (field) =>
      isNonNullType(field.type)
        ? {
            ...field,
            type: field.type.ofType,
            description: [field.description, NULL_ONLY_WHEN_UNAVAILABLE].filter(Boolean).join(' '),
          }
        : field,
  });
}
