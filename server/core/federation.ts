import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { withoutPlainFieldResolvers } from './plain-field-resolvers';
import { validateInput } from './validate-input';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])`;

// biome-ignore lint/suspicious/noExplicitAny: reference resolvers receive the representation the gateway sends.
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

/**
 * Builds a federated subgraph schema from type-graphql classes: type-graphql prints the
 * schema with its @key directives, @apollo/subgraph adds _entities and _service, and the
 * reference resolvers join the resolvers type-graphql generated.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ validateFn: validateInput, ...options, skipCheck: true });
  const resolvers = withoutPlainFieldResolvers(createResolversMap(schema) as GraphQLResolverMap<unknown>);
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers,
  });
}
