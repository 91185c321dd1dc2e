import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId totalAmount items { unitPrice } } }`;

/**
 * placeOrder prices its lines and checks their stock under the products' row
 * locks. A concurrent change to a product that is committed while the order
 * waits for the row is what the order sees: never the price or the stock from
 * before it. A second connection holds the change open while the order waits.
 */
describe.skipIf(onEmbeddedDatabase())('placeOrder while a product changes concurrently', () => {
  let server: TestServer;
  let customer: Viewer;

  beforeAll(async () => {
    server = await createTestServer();
    customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  });
  afterAll(() => server?.close());

  /** Runs `change` in an open transaction, places the order while it is open, then commits. */
  async function orderDuring(change: string, productId: number, quantity: number) {
    const client = await server.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(change, [productId]);
      const order = server.execute(
        PlaceOrder,
        { input: { items: [{ productId: encodeGlobalID('Product', productId), quantity }] } },
        { as: customer },
      );
      // The order must be waiting on the row: wait until PostgreSQL shows it blocked.
      let waited = false;
      for (let tries = 0; tries < 200 && !waited; tries += 1) {
        const { rows } = await server.db.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%place_order(%'`,
        );
        waited = rows[0].n > 0;
        if (!waited) await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(waited).toBe(true);
      await client.query('COMMIT');
      return await order;
    } finally {
      client.release();
    }
  }

  it('sells at the price committed while the order waited for the row', async () => {
    const product = await createProduct(server.db.prisma, { price: '10.00', stockQuantity: 5 });
    const response = await orderDuring('UPDATE products SET price = 12.00 WHERE id = $1', product.id, 2);
    expect(response.errors).toBeUndefined();
    expect(response.data).toMatchObject({ placeOrder: { totalAmount: '24.00', items: [{ unitPrice: '12.00' }] } });
    const after = await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stockQuantity).toBe(3);
  });

  it('checks the stock committed while the order waited, and changes nothing when it is short', async () => {
    const product = await createProduct(server.db.prisma, { price: '10.00', stockQuantity: 5 });
    const orders = await server.db.prisma.order.count();
    const response = await orderDuring('UPDATE products SET stock_quantity = 1 WHERE id = $1', product.id, 2);
    expect(errorCodes(response)).toEqual(['INSUFFICIENT_STOCK']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ requested: 2, available: 1 });
    expect(await server.db.prisma.order.count()).toBe(orders);
    const after = await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stockQuantity).toBe(1);
  });

  it('refuses a product deactivated while the order waited', async () => {
    const product = await createProduct(server.db.prisma, { price: '10.00', stockQuantity: 5 });
    const response = await orderDuring('UPDATE products SET is_active = false WHERE id = $1', product.id, 1);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'items.0.productId' });
    const after = await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stockQuantity).toBe(5);
  });
});
