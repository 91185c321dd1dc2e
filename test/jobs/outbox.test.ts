import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: { userId: number; role: 'ADMIN' };
let customer: { userId: number; role: 'CUSTOMER' };

beforeAll(async () => {
  server = await createTestServer({ config: { LOW_STOCK_THRESHOLD: '3' } });
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server?.close());

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId orderNumber } }`;

async function jobsFor(eventId: string) {
  const { rows } = await server.db.pool.query<{ task_identifier: string; key: string | null }>(
    `SELECT t.identifier AS task_identifier, j.key FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE j.payload->>'eventId' = $1 ORDER BY t.identifier`,
    [eventId],
  );
  return rows;
}

describe('the outbox', () => {
  it('writes a committed change’s event and its handlers’ jobs in the same transaction', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 5, price: '2.50' });
    const placed = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 2 }] } },
      { as: customer },
    );
    const order = (placed.data as { placeOrder: { rowId: number; orderNumber: string } }).placeOrder;
    const events = await server.db.prisma.domainEvent.findMany({
      where: { entityId: { in: [order.rowId, product.id] } },
      orderBy: { kind: 'asc' },
    });
    const placedEvent = events.find((event) => event.kind === 'ORDER_PLACED')!;
    expect(placedEvent.payload).toEqual({
      orderId: order.rowId,
      orderNumber: order.orderNumber,
      customerId: customer.userId,
      totalAmount: '5.00',
      itemCount: 2,
      productIds: [product.id],
    });
    expect((await jobsFor(placedEvent.id)).map((job) => [job.task_identifier, job.key])).toEqual([
      ['email_order_confirmation', `email_order_confirmation:${placedEvent.id}`],
      ['invalidate_response_cache', `invalidate_response_cache:${placedEvent.id}`],
      ['publish_live_update', `publish_live_update:${placedEvent.id}`],
      ['webhooks_fan_out', `webhooks_fan_out:${placedEvent.id}`],
    ]);
    // 5 → 3 crosses the threshold (3): PRODUCT_STOCK_LOW, with the admins' alert job.
    const low = events.find((event) => event.kind === 'PRODUCT_STOCK_LOW')!;
    expect(low.payload).toMatchObject({ productId: product.id, stockQuantity: 3, threshold: 3 });
    expect((await jobsFor(low.id)).map((job) => job.task_identifier)).toEqual([
      'email_low_stock_alert',
      'webhooks_fan_out',
    ]);
  });

  it('writes nothing for a change that rolled back', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 1 });
    const before = await server.db.prisma.domainEvent.count();
    const { rows: jobsBefore } = await server.db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM graphile_worker._private_jobs',
    );
    const refused = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 2 }] } },
      { as: customer },
    );
    expect(errorCodes(refused)).toEqual(['INSUFFICIENT_STOCK']);
    expect(await server.db.prisma.domainEvent.count()).toBe(before);
    const { rows: jobsAfter } = await server.db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM graphile_worker._private_jobs',
    );
    expect(jobsAfter[0]!.n).toBe(jobsBefore[0]!.n);
  });

  it('records every kind the services emit', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 50 });
    const other = await createUser(server.db.prisma);
    const signUp = await server.execute(
      `mutation { signUp(input: { username: "outbox-new", email: "outbox-new@example.com", password: "Passw0rd!x", firstName: "Out", lastName: "Box" }) { user { rowId } } }`,
    );
    expect(signUp.errors).toBeUndefined();
    const orderId = (
      (
        await server.execute(
          PlaceOrder,
          { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
          { as: customer },
        )
      ).data as { placeOrder: { rowId: number } }
    ).placeOrder.rowId;
    const id = encodeGlobalID('Order', orderId);
    await server.execute(
      `mutation($id: ID!) { updateOrderStatus(id: $id, status: CONFIRMED) { status } }`,
      { id },
      { as: admin },
    );
    await server.execute(
      `mutation($id: ID!, $to: ID!) { transferOrder(id: $id, toUserId: $to) { rowId } }`,
      { id, to: encodeGlobalID('User', other.id) },
      { as: admin },
    );
    await server.execute(`mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id }, { as: admin });
    await server.execute(
      `mutation($id: ID!) { updateProduct(id: $id, input: { price: "9.99" }) { price } }`,
      { id: encodeGlobalID('Product', product.id) },
      { as: admin },
    );
    const kinds = (await server.db.prisma.domainEvent.findMany({ select: { kind: true } })).map((event) => event.kind);
    for (const kind of [
      'USER_CREATED',
      'ORDER_PLACED',
      'ORDER_STATUS_CHANGED',
      'ORDER_TRANSFERRED',
      'ORDER_CANCELLED',
      'PRODUCT_UPDATED',
      'PRODUCT_STOCK_LOW',
    ]) {
      expect(kinds).toContain(kind);
    }
    const changed = await server.db.prisma.domainEvent.findFirstOrThrow({
      where: { kind: 'PRODUCT_UPDATED', entityId: product.id },
    });
    expect(changed.payload).toEqual({ productId: product.id, sku: product.sku, changed: ['price'] });
  });
});
