import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId totalAmount items { unitPrice } } }`;

/**
 * placeOrder prices lines from an unlocked read and reserves stock last; a
 * price that moves in between must not be sold at the old price. A trigger
 * stands in for the concurrent price change: it raises the price while the
 * order's items are being written, `times` times.
 */
describe.skipIf(onEmbeddedDatabase())('placeOrder when the price moves mid-order', () => {
  let server: TestServer;
  let customer: Viewer;

  beforeAll(async () => {
    server = await createTestServer();
    customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    // A sequence is not rolled back with the order's transaction: it counts the attempts across retries.
    await server.db.pool.query(`
      CREATE TABLE price_bumps (product_id int PRIMARY KEY, times int NOT NULL);
      CREATE SEQUENCE price_bump_calls;
      CREATE FUNCTION bump_price() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('price_bump_calls') <= (SELECT times FROM price_bumps WHERE product_id = NEW.product_id) THEN
          UPDATE products SET price = price + 1 WHERE id = NEW.product_id;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER bump_price AFTER INSERT ON order_items FOR EACH ROW EXECUTE FUNCTION bump_price();`);
  });
  afterAll(() => server?.close());

  async function bumpTimes(productId: number, times: number): Promise<void> {
    await server.db.pool.query(`INSERT INTO price_bumps VALUES ($1, $2)`, [productId, times]);
    await server.db.pool.query(`ALTER SEQUENCE price_bump_calls RESTART`);
  }

  it('places the order again at the price in force, with the stock taken once', async () => {
    const product = await createProduct(server.db.prisma, { price: '10.00', stockQuantity: 5 });
    await bumpTimes(product.id, 1);
    const response = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 2 }] } },
      { as: customer },
    );
    expect(response.errors).toBeUndefined();
    // The first attempt's bump rolled back with it; the second attempt bumped nothing: the order is at 10.00.
    const after = await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    const data = response.data as { placeOrder: { totalAmount: string; items: Array<{ unitPrice: string }> } };
    expect(data.placeOrder.items.map((item) => item.unitPrice)).toEqual([after.price.toFixed(2)]);
    expect(data.placeOrder.totalAmount).toBe(after.price.times(2).toFixed(2));
    expect(after.price.toFixed(2)).toBe('10.00');
    expect(after.stockQuantity).toBe(3);
    expect(await server.db.prisma.order.count({ where: { customerId: customer.userId } })).toBe(1);
  });

  it('gives up with CONFLICT after three moves, changing nothing', async () => {
    const product = await createProduct(server.db.prisma, { price: '10.00', stockQuantity: 5 });
    await bumpTimes(product.id, 100);
    const orders = await server.db.prisma.order.count();
    const response = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
      { as: customer },
    );
    expect(errorCodes(response)).toEqual(['CONFLICT']);
    expect(await server.db.prisma.order.count()).toBe(orders);
    const after = await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stockQuantity).toBe(5);
    expect(after.price.toFixed(2)).toBe('10.00');
  });
});
