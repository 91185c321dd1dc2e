import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createAdmin } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const OrdersByTotal = graphql(`
  query ReadInputsOrdersByTotal($min: Decimal) {
    orders(filter: { totalAmount: { gte: $min } }) {
      totalCount
    }
  }
`);

const NodeById = graphql(`
  query ReadInputsNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
});

afterAll(async () => {
  await server?.close();
});

describe('Decimal input', () => {
  it.each(['12.50', '12', '0.5', '-3.25'])('accepts %s', async (value) => {
    const response = await server.execute(OrdersByTotal, { min: value }, { as: admin });
    expect(response.errors).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['more than two fractional digits', '12.505'],
    ['NaN', 'NaN'],
    ['an exponent', '1e3'],
    ['a float', 12.5],
    ['words', 'twelve'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, value) => {
    const response = await server.execute(OrdersByTotal, { min: value as string }, { as: admin });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a literal with more digits', async () => {
    const response = await server.execute(
      '{ orders(filter: { totalAmount: { gt: "1.999" } }) { totalCount } }',
      {},
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('global IDs', () => {
  it('lookups refuse IDs of another type or malformed ones with BAD_USER_INPUT naming the argument', async () => {
    for (const id of [encodeGlobalID('Order', 1), 'not-an-id', encodeGlobalID('User', 'x')]) {
      const response = await server.execute('query ($id: ID!) { user(id: $id) { rowId } }', { id }, { as: admin });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.['field']).toBe('id');
    }
  });

  it('node() of an unknown or malformed ID fails cleanly, never as an internal error', async () => {
    const unknownType = await server.execute(NodeById, { id: encodeGlobalID('Nope', 1) }, { as: admin });
    expect(unknownType.data?.node ?? null).toBeNull();
    expect(errorCodes(unknownType)).toEqual(['BAD_USER_INPUT']);
    const missing = await server.execute(NodeById, { id: encodeGlobalID('User', 999_999) }, { as: admin });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.node).toBeNull();
    const garbage = await server.execute(NodeById, { id: '%%%' }, { as: admin });
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
  });
});
