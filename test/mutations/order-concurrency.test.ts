import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const PlaceOrder = graphql(`
  mutation OrderConcurrencyPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      rowId
      orderNumber
      totalAmount
    }
  }
`);

const CancelOrder = graphql(`
  mutation OrderConcurrencyCancel($id: ID!) {
    cancelOrder(id: $id) {
      status
    }
  }
`);

const UpdateOrderStatus = graphql(`
  mutation OrderConcurrencyStatus($id: ID!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      status
    }
  }
`);

let server: TestServer;
let admin: Viewer;
let customers: Viewer[];
const productId = (id: number) => encodeGlobalID('Product', id);

beforeAll(async () => {
  // Several connections, so that transactions really run side by side.
  server = await createTestServer({ poolSize: 10 });
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customers = [];
  for (let i = 0; i < 20; i++) customers.push({ userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' });
});
afterAll(() => server.close());

function requireRealServer(context: TestContext) {
  if (server.db.mode === 'embedded') {
    context.skip('concurrency needs the real PostgreSQL: the embedded PGlite serves one connection at a time');
  }
}

const outcome = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  String(response.errors?.[0]?.extensions?.['code'] ?? 'OK');

describe('placeOrder under concurrency', () => {
  it('sells exactly the stock: 100 concurrent orders for 10 units -> 10 succeed, 90 INSUFFICIENT_STOCK', async (context) => {
    requireRealServer(context);
    const product = await createProduct(server.db.prisma, { price: '9.99', stockQuantity: 10 });
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        server.execute(
          PlaceOrder,
          { input: { items: [{ productId: productId(product.id), quantity: 1 }] } },
          { as: customers[i % 20]! },
        ),
      ),
    );
    const outcomes = responses.map(outcome);
    expect(outcomes.filter((code) => code === 'OK')).toHaveLength(10);
    expect(outcomes.filter((code) => code === 'INSUFFICIENT_STOCK')).toHaveLength(90);
    for (const response of responses.filter((r) => r.errors)) {
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions).toMatchObject({
        productId: productId(product.id),
        requested: 1,
        available: 0,
      });
    }
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(0);

    const orders = await server.db.prisma.$queryRaw<
      Array<{ id: number; order_number: string; total: string; items_total: string; units: number }>
    >`
      SELECT o.id, o.order_number, o.total_amount::text AS total,
             sum(i.total_price)::text AS items_total, sum(i.quantity)::int AS units
      FROM orders o JOIN order_items i ON i.order_id = o.id
      WHERE i.product_id = ${product.id}
      GROUP BY o.id`;
    expect(orders).toHaveLength(10);
    for (const order of orders) {
      expect(order.total).toBe(order.items_total);
      expect(order.total).toBe('9.99');
      expect(order.units).toBe(1);
    }
    expect(new Set(orders.map((order) => order.order_number)).size).toBe(10);
    const placed = new Set(responses.flatMap((r) => (r.data?.placeOrder ? [r.data.placeOrder.rowId] : [])));
    expect(new Set(orders.map((order) => order.id))).toEqual(placed);
    const ids = [...placed];
    const [written] = await server.db.prisma.$queryRaw<Array<{ activities: number; audits: number }>>`
      SELECT (SELECT count(*)::int FROM user_activities
              WHERE kind = 'ORDER_PLACED' AND (metadata->>'orderId')::int = ANY(${ids}::int[])) AS activities,
             (SELECT count(*)::int FROM audit_logs
              WHERE entity = 'Order' AND action = 'CREATE' AND entity_id::int = ANY(${ids}::int[])) AS audits`;
    expect(written).toEqual({ activities: 10, audits: 10 });
  });

  it('never deadlocks when concurrent orders list the same products in opposite orders', async (context) => {
    requireRealServer(context);
    const a = await createProduct(server.db.prisma, { stockQuantity: 1000, price: '1.00' });
    const b = await createProduct(server.db.prisma, { stockQuantity: 1000, price: '2.00' });
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const lines = [
          { productId: productId(a.id), quantity: 1 },
          { productId: productId(b.id), quantity: 2 },
        ];
        return server.execute(
          PlaceOrder,
          { input: { items: i % 2 === 0 ? lines : lines.reverse() } },
          { as: customers[i % 20]! },
        );
      }),
    );
    expect(responses.map(outcome)).toEqual(Array.from({ length: 60 }, () => 'OK'));
    expect(responses.map((r) => r.data?.placeOrder.totalAmount)).toEqual(Array.from({ length: 60 }, () => '5.00'));
    const stocks = await server.db.prisma.product.findMany({
      where: { id: { in: [a.id, b.id] } },
      orderBy: { id: 'asc' },
    });
    expect(stocks.map((p) => p.stockQuantity)).toEqual([940, 880]);
  });
});

describe('one order changed concurrently', () => {
  async function confirmedOrder() {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const order = await createOrder(
      server.db.prisma,
      customers[0]!.userId,
      [{ productId: product.id, quantity: 4, unitPrice: '1.00' }],
      {
        status: 'CONFIRMED',
        confirmedAt: new Date(),
      },
    );
    return { order, product };
  }

  it('cancel vs ship: exactly one wins, the other gets INVALID_STATE, stock restored only if the cancel won', async (context) => {
    requireRealServer(context);
    for (let round = 0; round < 8; round++) {
      const { order, product } = await confirmedOrder();
      const id = encodeGlobalID('Order', order.id);
      const [cancel, ship] = await Promise.all([
        server.execute(CancelOrder, { id }, { as: customers[0]! }),
        server.execute(UpdateOrderStatus, { id, status: 'SHIPPED' }, { as: admin }),
      ]);
      const outcomes = [outcome(cancel), outcome(ship)].sort();
      expect(outcomes).toEqual(['INVALID_STATE', 'OK']);
      const stored = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
      const stock = (await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity;
      if (outcome(cancel) === 'OK') {
        expect(stored).toMatchObject({ status: 'CANCELLED', shippedAt: null });
        expect(stock).toBe(14);
      } else {
        expect(stored).toMatchObject({ status: 'SHIPPED', cancelledAt: null });
        expect(stock).toBe(10);
      }
    }
  });

  it('cancel vs confirm of a PENDING order: the outcome is one of the two serial orders, stock put back once', async (context) => {
    requireRealServer(context);
    for (let round = 0; round < 8; round++) {
      const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
      const order = await createOrder(server.db.prisma, customers[1]!.userId, [
        { productId: product.id, quantity: 4, unitPrice: '1.00' },
      ]);
      const id = encodeGlobalID('Order', order.id);
      const [cancel, confirm] = await Promise.all([
        server.execute(CancelOrder, { id }, { as: customers[1]! }),
        server.execute(UpdateOrderStatus, { id, status: 'CONFIRMED' }, { as: admin }),
      ]);
      // confirm-then-cancel: both succeed (CONFIRMED is cancellable); cancel-then-confirm: confirm is INVALID_STATE.
      expect(outcome(cancel)).toBe('OK');
      expect(['OK', 'INVALID_STATE']).toContain(outcome(confirm));
      const stored = await server.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
      expect(stored.status).toBe('CANCELLED');
      expect(stored.confirmedAt === null).toBe(outcome(confirm) === 'INVALID_STATE');
      expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(14);
    }
  });

  it('two concurrent cancels: one wins, stock is put back once', async (context) => {
    requireRealServer(context);
    for (let round = 0; round < 5; round++) {
      const { order, product } = await confirmedOrder();
      const id = encodeGlobalID('Order', order.id);
      const responses = await Promise.all([
        server.execute(CancelOrder, { id }, { as: customers[0]! }),
        server.execute(CancelOrder, { id }, { as: admin }),
        server.execute(UpdateOrderStatus, { id, status: 'CANCELLED' }, { as: admin }),
      ]);
      expect(responses.map(outcome).sort()).toEqual(['INVALID_STATE', 'INVALID_STATE', 'OK']);
      expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(14);
      expect(errorCodes(responses.find((r) => r.errors)!)).toEqual(['INVALID_STATE']);
    }
  });
});
