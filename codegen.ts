import type { CodegenConfig } from '@graphql-codegen/cli';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './src/schema/index.js';

/**
 * `npm run codegen`: prints the schema built in code to schema.graphql (the
 * committed public API, checked against the contract and for staleness) and
 * emits typed documents for the operations the tests and the admin console
 * write with graphql().
 */
const sdl = printSchema(lexicographicSortSchema(schema));

const clientConfig = {
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
};

const config: CodegenConfig = {
  schema: sdl,
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false } },
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: clientConfig,
    },
    // The admin console's operations, typed; sent as strings (no graphql-js in the browser bundle).
    'admin/src/gql/': {
      documents: ['admin/src/**/*.tsx', '!admin/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...clientConfig, documentMode: 'string' },
    },
  },
};

export default config;
