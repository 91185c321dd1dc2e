import type { CodegenConfig } from '@graphql-codegen/cli';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './src/schema/index.js';

/**
 * `npm run codegen`: prints the schema built in code to schema.graphql (the
 * committed public API, checked against the contract and for staleness) and
 * emits typed documents for the operations the tests write with graphql().
 */
const sdl = printSchema(lexicographicSortSchema(schema));

const config: CodegenConfig = {
  schema: sdl,
  documents: ['test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false } },
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          Decimal: 'string',
          EmailAddress: 'string',
          PhoneNumber: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
