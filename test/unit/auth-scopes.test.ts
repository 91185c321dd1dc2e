import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';

/** Like Vendure's @Allow on every operation: each root field says who may call it, public ones included. */
describe('authScopes on every root field', () => {
  for (const type of [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!]) {
    it(`${type.name}`, () => {
      const missing = Object.values(type.getFields())
        .filter((field) => {
          const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions;
          return !options?.authScopes;
        })
        .map((field) => field.name);
      expect(missing).toEqual([]);
    });
  }
});
