import type { CodegenConfig } from '@graphql-codegen/cli';

// CODEGEN_OUT lets scripts/codegen-check.mjs generate into a scratch folder and compare.
const out = process.env.CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: '../gateway/schema.graphql',
  // Tests may build their own documents (gql tags) that are not part of the app.
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.{ts,tsx}', '!src/test/**/*'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', LocalDate: 'string', File: 'File' },
        strictScalars: true,
      },
    },
  },
};

export default config;
