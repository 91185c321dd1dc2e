import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:unit`: the tests that need no database (golden SQL), in seconds. */
export default defineConfig({
  resolve: base.resolve,
  test: { include: ['test/unit/**/*.test.ts'], env: { NODE_ENV: 'test', LOG_LEVEL: 'silent' } },
});
