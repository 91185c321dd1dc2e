import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import type { OrderStatus } from '../../src/generated/prisma/enums.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const UpdateOrderStatus = graphql(`
  mutation OrderMutUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      rowId
      status
      confirmedAt
      shippedAt
      deliveredAt
      cancelledAt
    }
  }
`);

const CancelOrder = graphql(`
  mutation OrderMutCancelOrder($id: ID!, $reason: String) {
    cancelOrder(id: $id, reason: $reason) {
      rowId
      status
      cancelledAt
    }
  }
`);

const TransferOrder = graphql(`
  mutation OrderMutTransferOrder($id: ID!, $toUserId: ID!) {
    transferOrder(id: $id, toUserId: $toUserId) {
      rowId
      customer {
        rowId
      }
    }
  }
`);

const STATUSES: OrderStatus[] = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'];
/** The allowed transitions, written out independently of the service's table. */
const ALLOWED = new Set([
  'PENDING>CONFIRMED',
  'CONFIRMED>SHIPPED',
  'SHIPPED>DELIVERED',
  'PENDING>CANCELLED',
  'CONFIRMED>CANCELLED',
]);
const STAMP: Partial<Record<OrderStatus, 'confirmedAt' | 'shippedAt' | 'deliveredAt' | 'cancelledAt'>> = {
  CONFIRMED: 'confirmedAt',
  SHIPPED: 'shippedAt',
  DELIVERED: 'deliveredAt',
  CANCELLED: 'cancelledAt',
};

let server: TestServer;
let admin: Viewer;
let owner: Viewer;
const orderId = (id: number) => encodeGlobalID('Order', id);

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  owner = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server.close());

/** An order of 2 + 3 units of two products (stock 10 each after the reservation the factory skips). */
async function orderIn(status: OrderStatus) {
  const a = await createProduct(server.db.prisma, { stockQuantity: 10 });
  const b = await createProduct(server.db.prisma, { stockQuantity: 10 });
  const order = await createOrder(
    server.db.prisma,
    owner.userId,
    [
      { productId: a.id, quantity: 2, unitPrice: '1.00' },
      { productId: b.id, quantity: 3, unitPrice: '2.00' },
    ],
    { status, ...(status === 'CANCELLED' ? { cancelledAt: new Date() } : {}) },
  );
  return { order, products: [a.id, b.id] as const };
}

async function stocks(ids: readonly number[]): Promise<number[]> {
  const rows = await server.db.prisma.product.findMany({ where: { id: { in: [...ids] } }, orderBy: { id: 'asc' } });
  return rows.map((row) => row.stockQuantity);
}

describe('updateOrderStatus: every transition', () => {
  const transitions = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));
  it.each(transitions)('%s -> %s', async (from, to) => {
    const { order, products } = await orderIn(from);
    const before = await rowCounts(server.db.prisma);
    const startedAt = Date.now();
    const response = await server.execute(UpdateOrderStatus, { id: orderId(order.id), status: to }, { as: admin });
    const stored = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    if (!ALLOWED.has(`${from}>${to}`)) {
      expect(errorCodes(response)).toEqual(['INVALID_STATE']);
      const { items: _items, ...orderRow } = order;
      expect(stored).toEqual(orderRow);
      expect(await rowCounts(server.db.prisma)).toEqual(before);
      expect(await stocks(products)).toEqual([10, 10]);
      return;
    }
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateOrderStatus.status).toBe(to);
    const stamp = STAMP[to]!;
    expect(stored[stamp]).not.toBeNull();
    expect(stored[stamp]!.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(response.data?.updateOrderStatus[stamp]).toBe(stored[stamp]!.toISOString());
    for (const other of Object.values(STAMP)) if (other !== stamp) expect(stored[other]).toBeNull();
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Order', entityId: String(order.id) },
    });
    expect(audit).toMatchObject({ action: 'UPDATE', actorId: admin.userId });
    expect(audit.changes).toMatchObject({ status: { old: from, new: to } });
    // Cancelling through updateOrderStatus puts the stock back like cancelOrder does.
    expect(await stocks(products)).toEqual(to === 'CANCELLED' ? [12, 13] : [10, 10]);
    expect(
      await server.db.prisma.userActivity.count({
        where: { userId: owner.userId, kind: 'ORDER_CANCELLED', metadata: { path: ['orderId'], equals: order.id } },
      }),
    ).toBe(to === 'CANCELLED' ? 1 : 0);
  });

  it('walks PENDING -> CONFIRMED -> SHIPPED -> DELIVERED keeping every timestamp', async () => {
    const { order } = await orderIn('PENDING');
    for (const status of ['CONFIRMED', 'SHIPPED', 'DELIVERED'] as const) {
      const response = await server.execute(UpdateOrderStatus, { id: orderId(order.id), status }, { as: admin });
      expect(response.data?.updateOrderStatus.status).toBe(status);
    }
    const stored = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(stored.confirmedAt!.getTime()).toBeLessThanOrEqual(stored.shippedAt!.getTime());
    expect(stored.shippedAt!.getTime()).toBeLessThanOrEqual(stored.deliveredAt!.getTime());
    expect(stored.cancelledAt).toBeNull();
  });

  it('is NOT_FOUND for an unknown order and BAD_USER_INPUT for a malformed id', async () => {
    expect(
      errorCodes(await server.execute(UpdateOrderStatus, { id: orderId(999_999), status: 'CONFIRMED' }, { as: admin })),
    ).toEqual(['NOT_FOUND']);
    expectBadUserInput(
      await server.execute(UpdateOrderStatus, { id: 'junk', status: 'CONFIRMED' }, { as: admin }),
      'id',
    );
  });
});

describe('cancelOrder', () => {
  it.each(['PENDING', 'CONFIRMED'] as const)(
    'cancels a %s order: stock back, cancelledAt, activity and audit',
    async (status) => {
      const { order, products } = await orderIn(status);
      const response = await server.execute(
        CancelOrder,
        { id: orderId(order.id), reason: 'changed my mind' },
        { as: owner },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.cancelOrder.status).toBe('CANCELLED');
      expect(response.data?.cancelOrder.cancelledAt).not.toBeNull();
      expect(await stocks(products)).toEqual([12, 13]);
      const activity = await server.db.prisma.userActivity.findFirstOrThrow({
        where: { userId: owner.userId, kind: 'ORDER_CANCELLED', metadata: { path: ['orderId'], equals: order.id } },
      });
      expect(activity.metadata).toMatchObject({ reason: 'changed my mind', cancelledBy: owner.userId });
      const audit = await server.db.prisma.auditLog.findFirstOrThrow({
        where: { entity: 'Order', entityId: String(order.id) },
      });
      expect(audit).toMatchObject({ action: 'UPDATE', actorId: owner.userId });
      expect(audit.changes).toMatchObject({
        status: { old: status, new: 'CANCELLED' },
        _meta: {
          reason: 'changed my mind',
          restocked: [
            { productId: products[0], quantity: 2 },
            { productId: products[1], quantity: 3 },
          ],
        },
      });
    },
  );

  it.each(['SHIPPED', 'DELIVERED', 'CANCELLED'] as const)(
    'refuses a %s order with INVALID_STATE, changing nothing',
    async (status) => {
      const { order, products } = await orderIn(status);
      const before = await rowCounts(server.db.prisma);
      const response = await server.execute(CancelOrder, { id: orderId(order.id) }, { as: owner });
      expect(errorCodes(response)).toEqual(['INVALID_STATE']);
      expect(await stocks(products)).toEqual([10, 10]);
      expect(await rowCounts(server.db.prisma)).toEqual(before);
      expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe(status);
    },
  );

  it('is one transaction: when the activity insert fails, stock, status and audit entry are rolled back', async () => {
    const { order, products } = await orderIn('PENDING');
    await server.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_cancel_activity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'no activities today'; END $$`);
    await server.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_cancel_activity BEFORE INSERT ON user_activities FOR EACH ROW EXECUTE FUNCTION refuse_cancel_activity()`,
    );
    try {
      const before = await rowCounts(server.db.prisma);
      const response = await server.execute(CancelOrder, { id: orderId(order.id) }, { as: owner });
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(await rowCounts(server.db.prisma)).toEqual(before);
      expect(await stocks(products)).toEqual([10, 10]);
      expect(await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
        status: 'PENDING',
        cancelledAt: null,
      });
    } finally {
      await server.db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_cancel_activity ON user_activities`);
      await server.db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_cancel_activity()`);
    }
  });

  it('validates its arguments', async () => {
    const { order } = await orderIn('PENDING');
    expectBadUserInput(
      await server.execute(CancelOrder, { id: encodeGlobalID('Product', order.id) }, { as: owner }),
      'id',
    );
    expectBadUserInput(
      await server.execute(CancelOrder, { id: orderId(order.id), reason: 'x'.repeat(501) }, { as: owner }),
      'reason',
    );
    // An unknown id is FORBIDDEN for a customer, like another customer's order: ids cannot be probed.
    expect(errorCodes(await server.execute(CancelOrder, { id: orderId(999_999) }, { as: owner }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await server.execute(CancelOrder, { id: orderId(999_999) }, { as: admin }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});

describe('transferOrder', () => {
  it('gives the order to another customer and audits the change', async () => {
    const { order } = await orderIn('CONFIRMED');
    const target = await createUser(server.db.prisma);
    const response = await server.execute(
      TransferOrder,
      { id: orderId(order.id), toUserId: encodeGlobalID('User', target.id) },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.transferOrder.customer.rowId).toBe(target.id);
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Order', entityId: String(order.id) },
    });
    expect(audit.changes).toEqual({ customerId: { old: owner.userId, new: target.id } });
  });

  it('refuses a deleted, unknown or malformed new customer (BAD_USER_INPUT toUserId), changing nothing', async () => {
    const { order } = await orderIn('PENDING');
    const deleted = await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false });
    const before = await rowCounts(server.db.prisma);
    for (const toUserId of [
      encodeGlobalID('User', deleted.id),
      encodeGlobalID('User', 999_999),
      'junk',
      encodeGlobalID('Order', order.id),
    ]) {
      expectBadUserInput(
        await server.execute(TransferOrder, { id: orderId(order.id), toUserId }, { as: admin }),
        'toUserId',
      );
    }
    expect((await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).customerId).toBe(owner.userId);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('is NOT_FOUND for an unknown order', async () => {
    const response = await server.execute(
      TransferOrder,
      { id: orderId(999_999), toUserId: encodeGlobalID('User', owner.userId) },
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});
