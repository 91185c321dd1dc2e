import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { onQuery } from '../../src/db/query-observer.js';
import { ORDER_PLACED_TASKS, PRODUCT_STOCK_LOW_TASKS } from '../../src/events/catalog.js';
import { diffRows } from '../../src/services/audit.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

/**
 * placeOrder writes everything in one SQL function (place_order); these check
 * that what it writes is what the services' TypeScript writes elsewhere: the
 * audit record's shape, the outbox events with their jobs, and nothing at all
 * when the order fails.
 */
const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId orderNumber totalAmount } }`;

let server: TestServer;
let customer: Viewer;
const productId = (id: number) => encodeGlobalID('Product', id);
const address = { street: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };

beforeAll(async () => {
  server = await createTestServer({ config: { LOW_STOCK_THRESHOLD: '5' } });
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server.close());

async function place(input: Record<string, unknown>) {
  return server.execute(PlaceOrder, { input }, { as: customer });
}

async function outboxCounts() {
  const [counts] = await server.db.prisma.$queryRaw<
    Array<{ events: number; jobs: number; keys: number; orders: number }>
  >`SELECT (SELECT count(*)::int FROM domain_events) AS events,
           (SELECT count(*)::int FROM graphile_worker.jobs) AS jobs,
           (SELECT count(*)::int FROM order_idempotency_keys) AS keys,
           (SELECT last_value::int FROM orders_id_seq) AS orders`;
  return counts!;
}

describe('what placeOrder writes', () => {
  it('audits the order exactly as recordAudit would for a CREATE', async () => {
    const pen = await createProduct(server.db.prisma, { price: '19.99', stockQuantity: 50 });
    const clip = await createProduct(server.db.prisma, { price: '0.10', stockQuantity: 50 });
    const response = await place({
      items: [
        { productId: productId(clip.id), quantity: 7 },
        { productId: productId(pen.id), quantity: 3 },
      ],
      shippingAddress: address,
      note: 'Leave at the door',
    });
    expect(response.errors).toBeUndefined();
    const { rowId } = (response.data as { placeOrder: { rowId: number } }).placeOrder;
    const order = await server.db.prisma.order.findUniqueOrThrow({ where: { id: rowId } });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Order', entityId: String(rowId) },
    });
    expect(audit.action).toBe('CREATE');
    expect(audit.actorId).toBe(customer.userId);
    expect(audit.changes).toEqual({
      ...diffRows(null, order),
      _meta: {
        items: [
          { productId: clip.id, quantity: 7, unitPrice: '0.10' },
          { productId: pen.id, quantity: 3, unitPrice: '19.99' },
        ],
      },
    });
    expect(audit.changes).toMatchObject({ shippingAddress: { old: null, new: { city: 'Springfield' } } });
  });

  it('writes ORDER_PLACED and, for stock that fell to the threshold, PRODUCT_STOCK_LOW, each with its jobs', async () => {
    const falling = await createProduct(server.db.prisma, { price: '2.50', stockQuantity: 7 });
    const plenty = await createProduct(server.db.prisma, { price: '1.00', stockQuantity: 100 });
    const response = await place({
      items: [
        { productId: productId(plenty.id), quantity: 1 },
        { productId: productId(falling.id), quantity: 3 },
      ],
    });
    expect(response.errors).toBeUndefined();
    const { rowId, orderNumber } = (response.data as { placeOrder: { rowId: number; orderNumber: string } }).placeOrder;

    const events = await server.db.prisma.$queryRaw<
      Array<{ id: string; kind: string; entity_id: number; payload: unknown; tasks: string[] }>
    >`SELECT e.id::text, e.kind::text, e.entity_id, e.payload,
             array(SELECT j.task_identifier FROM graphile_worker.jobs j
                   WHERE j.key LIKE '%:' || e.id::text ORDER BY j.task_identifier) AS tasks
      FROM domain_events e
      WHERE (e.kind = 'ORDER_PLACED' AND e.entity_id = ${rowId})
         OR (e.kind = 'PRODUCT_STOCK_LOW' AND e.entity_id = ANY(${[falling.id, plenty.id]}::int[]))
      ORDER BY e.kind`;
    expect(events.map(({ kind, entity_id, payload, tasks }) => ({ kind, entity_id, payload, tasks }))).toEqual([
      {
        kind: 'ORDER_PLACED',
        entity_id: rowId,
        payload: {
          orderId: rowId,
          orderNumber,
          customerId: customer.userId,
          totalAmount: '8.50',
          itemCount: 4,
          productIds: [plenty.id, falling.id],
        },
        tasks: [...ORDER_PLACED_TASKS].sort(),
      },
      {
        kind: 'PRODUCT_STOCK_LOW',
        entity_id: falling.id,
        payload: { productId: falling.id, sku: falling.sku, name: falling.name, stockQuantity: 4, threshold: 5 },
        tasks: [...PRODUCT_STOCK_LOW_TASKS].sort(),
      },
    ]);
    const [job] = await server.db.prisma.$queryRaw<Array<{ payload: unknown; max_attempts: number }>>`
      SELECT payload, max_attempts FROM graphile_worker._private_jobs WHERE key = ${`${ORDER_PLACED_TASKS[0]}:${events[0]!.id}`}`;
    expect(job).toEqual({ payload: { eventId: events[0]!.id }, max_attempts: 10 });
  });

  it('writes nothing when a later line fails, and frees the idempotency key for a retry', async () => {
    const fine = await createProduct(server.db.prisma, { price: '3.00', stockQuantity: 10 });
    const short = await createProduct(server.db.prisma, { price: '4.00', stockQuantity: 1 });
    const items = [
      { productId: productId(fine.id), quantity: 2 },
      { productId: productId(short.id), quantity: 2 },
    ];
    const rowsBefore = await rowCounts(server.db.prisma);
    const outboxBefore = await outboxCounts();

    const failed = await place({ items, idempotencyKey: 'retry-me' });
    expect(errorCodes(failed)).toEqual(['INSUFFICIENT_STOCK']);
    expect(failed.errors?.[0]?.extensions).toMatchObject({
      productId: productId(short.id),
      requested: 2,
      available: 1,
    });
    expect(await rowCounts(server.db.prisma)).toEqual(rowsBefore);
    const outboxAfter = await outboxCounts();
    expect({ ...outboxAfter, orders: undefined }).toEqual({ ...outboxBefore, orders: undefined });
    const stock = await server.db.prisma.product.findMany({
      where: { id: { in: [fine.id, short.id] } },
      orderBy: { id: 'asc' },
    });
    expect(stock.map((product) => product.stockQuantity)).toEqual([10, 1]);

    await server.db.prisma.product.update({ where: { id: short.id }, data: { stockQuantity: 5 } });
    const retried = await place({ items, idempotencyKey: 'retry-me' });
    expect(retried.errors).toBeUndefined();
    const again = await place({ items, idempotencyKey: 'retry-me' });
    expect(again.data).toEqual(retried.data);
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: short.id } })).stockQuantity).toBe(3);
  });

  it('refuses a total past what NUMERIC(12,2) holds as BAD_USER_INPUT, writing nothing', async () => {
    const admin = await createAdmin(server.db.prisma);
    const product = await createProduct(server.db.prisma, { price: '1.00', stockQuantity: 10 });
    const rowsBefore = await rowCounts(server.db.prisma);
    const response = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: productId(product.id), quantity: 2, unitPrice: '9999999999.99' }] } },
      { as: { userId: admin.id, role: 'ADMIN' } },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions).toMatchObject({ field: 'items' });
    expect(await rowCounts(server.db.prisma)).toEqual(rowsBefore);
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(10);
  });

  it('numbers orders past six digits without cutting the id', async () => {
    await server.db.pool.query(`SELECT setval('orders_id_seq', 1234566)`);
    const product = await createProduct(server.db.prisma, { price: '1.00', stockQuantity: 5 });
    const response = await place({ items: [{ productId: productId(product.id), quantity: 1 }] });
    const { rowId, orderNumber } = (response.data as { placeOrder: { rowId: number; orderNumber: string } }).placeOrder;
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(rowId).toBe(1234567);
    expect(orderNumber).toBe(`ORD-${today}-1234567`);
  });

  it('takes one statement besides the account lookup and the answer', async () => {
    const product = await createProduct(server.db.prisma, { price: '1.00', stockQuantity: 5 });
    const statements: string[] = [];
    const stop = onQuery((query) => statements.push(query.sql));
    try {
      const response = await place({ items: [{ productId: productId(product.id), quantity: 1 }] });
      expect(response.errors).toBeUndefined();
    } finally {
      stop();
    }
    expect(statements, statements.join('\n')).toHaveLength(3);
    expect(statements.filter((sql) => sql.includes('place_order('))).toHaveLength(1);
  });
});
