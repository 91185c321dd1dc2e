import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would give our sources graphql's ESM build while the server libraries (yoga, Pothos)
    // load its CommonJS build: two realms, so `instanceof GraphQLError` fails and error masking
    // hides AppErrors as INTERNAL_SERVER_ERROR. One copy, as in production.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' },
  },
});
