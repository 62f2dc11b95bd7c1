import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isLeafType,
  isUnionType,
  Kind,
} from 'graphql';
import gql from 'graphql-tag';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { ResolverContainer } from './container';
import { badInput, errorText } from './errors';
import { withNullableQueryFields } from './nullable-query-fields';
import { withoutPlainFieldResolvers } from './plain-field-resolvers';
import { type ExecutionOptions, FAST_PATHS_ON } from './subgraph';
import { validateInput } from './validate-input';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])`;

// biome-ignore lint/suspicious/noExplicitAny: reference resolvers receive the representation the gateway sends.
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

type FederatedSchemaOptions = Omit<BuildSchemaOptions, 'skipCheck' | 'resolvers' | 'container'> & { resolvers: readonly object[] };

/**
 * Builds a federated subgraph schema from its resolver instances: type-graphql reads the
 * classes from them and prints the schema with its @key directives, @apollo/subgraph adds
 * _entities and _service, and the reference resolvers join the resolvers type-graphql generated
 * (less those of plain fields, with the fast paths on).
 */
export async function buildFederatedSchema(
  { resolvers: instances, ...options }: FederatedSchemaOptions,
  referenceResolvers: ReferenceResolvers = {},
  execution: ExecutionOptions = FAST_PATHS_ON,
): Promise<GraphQLSchema> {
  const container = new ResolverContainer(instances);
  const resolverClasses = container.resolverClasses();
  const schema = await buildSchema({ validateFn: validateInput, ...options, resolvers: resolverClasses, container, skipCheck: true });
  const generated = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  const resolvers = execution.fastPaths ? withoutPlainFieldResolvers(generated) : generated;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference } as never;
  }
  const subgraphSchema = buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(withNullableQueryFields(schema))}
    `,
    resolvers,
  });
  return withCheckedRepresentations(withQueryFieldExtensions(subgraphSchema, schema));
}

/**
 * Printing to SDL drops the extensions type-graphql put on fields (e.g. their cache policy,
 * core/cache-policy.ts): the root query fields get theirs back from the schema they were printed from.
 */
function withQueryFieldExtensions(target: GraphQLSchema, source: GraphQLSchema): GraphQLSchema {
  const sourceFields = source.getQueryType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(target.getQueryType()?.getFields() ?? {})) {
    const extensions = sourceFields[name]?.extensions;
    if (extensions && Object.keys(extensions).length > 0) Object.assign(field, { extensions: { ...field.extensions, ...extensions } });
  }
  return target;
}

/**
 * `_entities` is for the gateway, which always sends a type this subgraph resolves and its
 * key; anyone who reaches a subgraph directly can send anything. A representation that names
 * no entity of this subgraph, or lacks a key field, or gives one as a list or an object, is
 * refused as BAD_USER_INPUT before any resolver (and so any SQL) sees it.
 */
function withCheckedRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const entity = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(entity)) return schema;
  const keys = new Map(entity.getTypes().map((type) => [type.name, keyFields(type)]));
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
  field.resolve = (source, args: { representations: unknown[] }, context, info) => {
    args.representations.forEach((representation, index) => {
      const { __typename: typename, ...fields } = (representation ?? {}) as Record<string, unknown>;
      const key = typeof typename === 'string' ? keys.get(typename) : undefined;
      if (!key) throw badInput(errorText('unknownRepresentation', { index: index + 1, typename: JSON.stringify(typename ?? null) }));
      const missing = key.filter((name) => fields[name] === null || (typeof fields[name] !== 'string' && typeof fields[name] !== 'number'));
      if (missing.length) {
        throw badInput(errorText('representationKeyMissing', { index: index + 1, typename: String(typename), fields: missing.join(', ') }));
      }
    });
    return resolve(source, args, context, info);
  };
  return schema;
}

/** The scalar fields of a type's @key(fields: "...") directives: what every representation must carry. */
function keyFields(type: GraphQLObjectType): string[] {
  const fields = type.getFields();
  const names = [type.astNode, ...type.extensionASTNodes]
    .flatMap((node) => node?.directives ?? [])
    .filter((directive) => directive.name.value === 'key')
    .flatMap((directive) => directive.arguments?.find((argument) => argument.name.value === 'fields')?.value ?? [])
    .flatMap((value) => (value.kind === Kind.STRING ? value.value.replace(/\{[^}]*\}/g, ' ').split(/\s+/) : []));
  return [...new Set(names)].filter((name) => fields[name] && isLeafType(getNamedType(fields[name].type)));
}
