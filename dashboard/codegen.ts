import { readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, GraphQLNonNull, isNonNullType, printSchema } from 'graphql';

/** Written by the server on root fields nullable only for when a service is down (server/core/nullable-query-fields.ts). */
const NULL_ONLY_WHEN_UNAVAILABLE = 'Null only when its service is not answering, with a SERVICE_UNAVAILABLE error saying so.';

/**
 * The client-facing schema the server prints (schema/api.graphql), with those root fields non-null
 * again: this client keeps Apollo's errorPolicy `none`, so an answer carrying any error never reaches
 * a page, and in one that does, such a field is never null.
 */
function schemaAsThisClientSeesIt(): string {
  const schema = buildSchema(readFileSync('../schema/api.graphql', 'utf8'));
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    if (field.description?.endsWith(NULL_ONLY_WHEN_UNAVAILABLE) && !isNonNullType(field.type)) field.type = new GraphQLNonNull(field.type);
  }
  return printSchema(schema);
}

const config: CodegenConfig = {
  schema: schemaAsThisClientSeesIt(),
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, skipTypename: true, avoidOptionals: false },
    },
  },
};

export default config;
