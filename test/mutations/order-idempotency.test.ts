import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const PlaceOrderOnce = graphql(`
  mutation IdempotentPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      rowId
      totalAmount
      customer {
        rowId
      }
    }
  }
`);

let server: TestServer;
let admin: Viewer;
let customer: Viewer;
const productId = (id: number) => encodeGlobalID('Product', id);

beforeAll(async () => {
  server = await createTestServer({ poolSize: 12 });
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server.close());

const stockOf = async (id: number) =>
  (await server.db.prisma.product.findUniqueOrThrow({ where: { id } })).stockQuantity;

describe('placeOrder with an idempotencyKey', () => {
  it('a retry with the same key returns the first order and places nothing new', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10, price: '4.50' });
    const input = { items: [{ productId: productId(product.id), quantity: 2 }], idempotencyKey: 'retry-1' };
    const first = await server.execute(PlaceOrderOnce, { input }, { as: customer });
    expect(first.errors).toBeUndefined();
    const counts = await rowCounts(server.db.prisma);
    const second = await server.execute(PlaceOrderOnce, { input }, { as: customer });
    expect(second).toEqual(first);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    expect(await stockOf(product.id)).toBe(8);
  });

  it('racing calls with one key place exactly one order, and all of them answer with it', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 100 });
    const input = { items: [{ productId: productId(product.id), quantity: 1 }], idempotencyKey: 'race-1' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => server.execute(PlaceOrderOnce, { input }, { as: customer })),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    expect(new Set(responses.map((response) => response.data?.placeOrder.rowId)).size).toBe(1);
    expect(await stockOf(product.id)).toBe(99);
    expect(await server.db.prisma.orderItem.count({ where: { productId: product.id } })).toBe(1);
  });

  it('the same key with other items is CONFLICT and changes nothing', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const key = 'conflict-1';
    await server.execute(
      PlaceOrderOnce,
      { input: { items: [{ productId: productId(product.id), quantity: 1 }], idempotencyKey: key } },
      { as: customer },
    );
    const counts = await rowCounts(server.db.prisma);
    const response = await server.execute(
      PlaceOrderOnce,
      { input: { items: [{ productId: productId(product.id), quantity: 3 }], idempotencyKey: key } },
      { as: customer },
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    expect(await stockOf(product.id)).toBe(9);
  });

  it('keys belong to a customer: another customer’s same key places their own order', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const other: Viewer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    const input = { items: [{ productId: productId(product.id), quantity: 1 }], idempotencyKey: 'shared-key' };
    const mine = await server.execute(PlaceOrderOnce, { input }, { as: customer });
    const theirs = await server.execute(PlaceOrderOnce, { input }, { as: other });
    expect(mine.data?.placeOrder.rowId).not.toBe(theirs.data?.placeOrder.rowId);
    expect(theirs.data?.placeOrder.customer.rowId).toBe(other.userId);
    expect(await stockOf(product.id)).toBe(8);
  });

  it('a failed first call leaves the key free, and keys are 1–100 characters', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 1 });
    const tooMany = { items: [{ productId: productId(product.id), quantity: 5 }], idempotencyKey: 'after-failure' };
    expect(errorCodes(await server.execute(PlaceOrderOnce, { input: tooMany }, { as: customer }))).toEqual([
      'INSUFFICIENT_STOCK',
    ]);
    const fits = { items: [{ productId: productId(product.id), quantity: 1 }], idempotencyKey: 'after-failure' };
    expect((await server.execute(PlaceOrderOnce, { input: fits }, { as: customer })).errors).toBeUndefined();
    for (const idempotencyKey of ['', 'k'.repeat(101)]) {
      expectBadUserInput(
        await server.execute(
          PlaceOrderOnce,
          { input: { items: [{ productId: productId(product.id), quantity: 1 }], idempotencyKey } },
          { as: admin },
        ),
        'idempotencyKey',
      );
    }
  });
});
