import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const PlaceOrder = graphql(`
  mutation OrderMutPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      rowId
      orderNumber
      status
      totalAmount
      note
      customer {
        rowId
      }
      shippingAddress {
        street
        city
        state
        postalCode
        country
        type
      }
      items {
        quantity
        unitPrice
        totalPrice
        product {
          rowId
        }
      }
    }
  }
`);

let server: TestServer;
let admin: Viewer;
let customer: Viewer;
let other: Viewer;
const productId = (id: number) => encodeGlobalID('Product', id);
const userId = (id: number) => encodeGlobalID('User', id);

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  other = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server.close());

async function stockOf(id: number): Promise<number> {
  return (await server.db.prisma.product.findUniqueOrThrow({ where: { id } })).stockQuantity;
}

describe('placeOrder', () => {
  it('reserves stock, prices lines at the current price with exact totals, and records activity and audit', async () => {
    const pen = await createProduct(server.db.prisma, { price: '19.99', stockQuantity: 10 });
    const clip = await createProduct(server.db.prisma, { price: '0.10', stockQuantity: 100 });
    const response = await server.execute(
      PlaceOrder,
      {
        input: {
          items: [
            { productId: productId(pen.id), quantity: 3 },
            { productId: productId(clip.id), quantity: 7 },
          ],
          shippingAddress: { street: '1 Nanjing Road', city: 'Shanghai', state: 'Shanghai', postalCode: '200001' },
          note: 'Ring twice',
        },
      },
      { as: customer },
    );
    expect(response.errors).toBeUndefined();
    const order = response.data!.placeOrder;
    // 3 × 19.99 + 7 × 0.10, computed by hand
    expect(order).toMatchObject({
      status: 'PENDING',
      totalAmount: '60.67',
      note: 'Ring twice',
      customer: { rowId: customer.userId },
      shippingAddress: {
        street: '1 Nanjing Road',
        city: 'Shanghai',
        state: 'Shanghai',
        postalCode: '200001',
        country: 'CN',
        type: 'HOME',
      },
      items: [
        { quantity: 3, unitPrice: '19.99', totalPrice: '59.97', product: { rowId: pen.id } },
        { quantity: 7, unitPrice: '0.10', totalPrice: '0.70', product: { rowId: clip.id } },
      ],
    });
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    expect(order.orderNumber).toBe(`ORD-${today}-${String(order.rowId).padStart(6, '0')}`);
    expect(await stockOf(pen.id)).toBe(7);
    expect(await stockOf(clip.id)).toBe(93);

    const [stored] = await server.db.prisma.$queryRaw<Array<{ total: string; items: string }>>`
      SELECT o.total_amount::text AS total, (SELECT sum(total_price)::text FROM order_items WHERE order_id = o.id) AS items
      FROM orders o WHERE o.id = ${order.rowId}`;
    expect(stored).toEqual({ total: '60.67', items: '60.67' });

    const activity = await server.db.prisma.userActivity.findMany({
      where: { userId: customer.userId, kind: 'ORDER_PLACED' },
    });
    expect(activity).toHaveLength(1);
    expect(activity[0]!.metadata).toMatchObject({
      orderId: order.rowId,
      orderNumber: order.orderNumber,
      totalAmount: '60.67',
    });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Order', entityId: String(order.rowId) },
    });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: customer.userId });
    expect(audit.changes).toMatchObject({
      totalAmount: { old: null, new: '60.67' },
      status: { old: null, new: 'PENDING' },
    });
  });

  it('lets an admin order for another customer at an overridden unit price', async () => {
    const product = await createProduct(server.db.prisma, { price: '50.00', stockQuantity: 5 });
    const response = await server.execute(
      PlaceOrder,
      {
        input: {
          customerId: userId(other.userId),
          items: [{ productId: productId(product.id), quantity: 2, unitPrice: '45.50' }],
        },
      },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.placeOrder).toMatchObject({
      customer: { rowId: other.userId },
      totalAmount: '91.00',
      shippingAddress: null,
      items: [{ quantity: 2, unitPrice: '45.50', totalPrice: '91.00' }],
    });
    const activity = await server.db.prisma.userActivity.count({
      where: { userId: other.userId, kind: 'ORDER_PLACED' },
    });
    expect(activity).toBe(1);
  });

  it('refuses, changing nothing, an order whose total does not fit an amount column', async () => {
    const product = await createProduct(server.db.prisma, { price: '5.00', stockQuantity: 10 });
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      PlaceOrder,
      {
        input: {
          customerId: userId(other.userId),
          items: [{ productId: productId(product.id), quantity: 2, unitPrice: '9999999999.99' }],
        },
      },
      { as: admin },
    );
    expectBadUserInput(response, 'items');
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    expect(await stockOf(product.id)).toBe(10);
  });

  it('accepts a customer naming themselves as customerId', async () => {
    const product = await createProduct(server.db.prisma);
    const response = await server.execute(
      PlaceOrder,
      { input: { customerId: userId(customer.userId), items: [{ productId: productId(product.id), quantity: 1 }] } },
      { as: customer },
    );
    expect(response.data?.placeOrder.customer.rowId).toBe(customer.userId);
  });

  it('is FORBIDDEN for a customer setting a unit price or ordering for someone else, and changes nothing', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 5 });
    const before = await rowCounts(server.db.prisma);
    const priced = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: productId(product.id), quantity: 1, unitPrice: '0.01' }] } },
      { as: customer },
    );
    expect(errorCodes(priced)).toEqual(['FORBIDDEN']);
    const forOther = await server.execute(
      PlaceOrder,
      { input: { customerId: userId(other.userId), items: [{ productId: productId(product.id), quantity: 1 }] } },
      { as: customer },
    );
    expect(errorCodes(forOther)).toEqual(['FORBIDDEN']);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    expect(await stockOf(product.id)).toBe(5);
  });

  it('fails with INSUFFICIENT_STOCK and rolls back the reservations of earlier lines', async () => {
    const plenty = await createProduct(server.db.prisma, { stockQuantity: 50 });
    const scarce = await createProduct(server.db.prisma, { stockQuantity: 2 });
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      PlaceOrder,
      {
        input: {
          items: [
            { productId: productId(plenty.id), quantity: 5 },
            { productId: productId(scarce.id), quantity: 3 },
          ],
        },
      },
      { as: customer },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'INSUFFICIENT_STOCK', productId: productId(scarce.id), requested: 3, available: 2 },
    ]);
    expect(await stockOf(plenty.id)).toBe(50);
    expect(await stockOf(scarce.id)).toBe(2);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
    let active: number;
    let inactive: number;
    let deletedUser: number;
    beforeAll(async () => {
      active = (await createProduct(server.db.prisma, { stockQuantity: 10 })).id;
      inactive = (await createProduct(server.db.prisma, { stockQuantity: 10, isActive: false })).id;
      deletedUser = (await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false })).id;
    });
    const line = (id: number, quantity = 1) => ({ productId: productId(id), quantity });
    const cases: Array<[string, () => Record<string, unknown>, 'admin' | 'customer']> = [
      ['items', () => ({ items: [] }), 'customer'],
      ['items', () => ({ items: Array.from({ length: 101 }, () => line(active)) }), 'customer'],
      ['items.0.quantity', () => ({ items: [line(active, 0)] }), 'customer'],
      ['items.1.quantity', () => ({ items: [line(inactive + 1000), line(active, -2)] }), 'customer'],
      ['items.0.productId', () => ({ items: [{ productId: 'junk', quantity: 1 }] }), 'customer'],
      [
        'items.0.productId',
        () => ({ items: [{ productId: encodeGlobalID('Category', active), quantity: 1 }] }),
        'customer',
      ],
      ['items.1.productId', () => ({ items: [line(active), line(999_999)] }), 'customer'],
      ['items.0.productId', () => ({ items: [line(inactive)] }), 'customer'],
      ['items.1.productId', () => ({ items: [line(active), line(active, 2)] }), 'customer'],
      ['items.0.unitPrice', () => ({ items: [{ ...line(active), unitPrice: '-1.00' }] }), 'admin'],
      ['customerId', () => ({ customerId: 'junk', items: [line(active)] }), 'admin'],
      ['customerId', () => ({ customerId: userId(999_999), items: [line(active)] }), 'admin'],
      ['customerId', () => ({ customerId: userId(deletedUser), items: [line(active)] }), 'admin'],
      ['note', () => ({ items: [line(active)], note: 'x'.repeat(1001) }), 'customer'],
      [
        'shippingAddress.street',
        () => ({ items: [line(active)], shippingAddress: { street: ' ', city: 'c', state: 's', postalCode: '1' } }),
        'customer',
      ],
      [
        'shippingAddress.city',
        () => ({ items: [line(active)], shippingAddress: { street: 's', city: '', state: 's', postalCode: '1' } }),
        'customer',
      ],
      [
        'shippingAddress.state',
        () => ({ items: [line(active)], shippingAddress: { street: 's', city: 'c', state: '', postalCode: '1' } }),
        'customer',
      ],
      [
        'shippingAddress.postalCode',
        () => ({
          items: [line(active)],
          shippingAddress: { street: 's', city: 'c', state: 's', postalCode: 'x'.repeat(21) },
        }),
        'customer',
      ],
      [
        'shippingAddress.country',
        () => ({
          items: [line(active)],
          shippingAddress: { street: 's', city: 'c', state: 's', postalCode: '1', country: 'China' },
        }),
        'customer',
      ],
    ];
    it.each(cases)('%s', async (field, build, who) => {
      const before = await rowCounts(server.db.prisma);
      const response = await server.execute(
        PlaceOrder,
        { input: build() as never },
        { as: who === 'admin' ? admin : customer },
      );
      expectBadUserInput(response, field);
      expect(await rowCounts(server.db.prisma)).toEqual(before);
      expect(await stockOf(active)).toBe(10);
    });
  });

  it('is one transaction: when its last write (the activity row) fails, the stock, order, items and audit entry are rolled back', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    await server.db.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_activity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'activities are switched off'; END $$`);
    await server.db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_activity BEFORE INSERT ON user_activities FOR EACH ROW EXECUTE FUNCTION refuse_activity()`,
    );
    try {
      const before = await rowCounts(server.db.prisma);
      const response = await server.execute(
        PlaceOrder,
        { input: { items: [{ productId: productId(product.id), quantity: 3 }] } },
        { as: customer },
      );
      expect(errorCodes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(response.errors?.[0]?.message).not.toContain('activities are switched off');
      expect(await rowCounts(server.db.prisma)).toEqual(before);
      expect(await stockOf(product.id)).toBe(10);
    } finally {
      await server.db.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_activity ON user_activities`);
      await server.db.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_activity()`);
    }
  });

  it('is UNAUTHENTICATED for anonymous callers', async () => {
    const product = await createProduct(server.db.prisma);
    const response = await server.execute(PlaceOrder, {
      input: { items: [{ productId: productId(product.id), quantity: 1 }] },
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});
