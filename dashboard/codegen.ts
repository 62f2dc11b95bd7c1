import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the client-facing schema the server prints (schema/api.graphql).
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
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
