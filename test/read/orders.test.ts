import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { OrderFilter, OrderOrderBy } from '../generated/graphql.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const OrderFields = graphql(`
  query ReadOrderFields($number: String!) {
    orderByNumber(orderNumber: $number) {
      id
      rowId
      orderNumber
      status
      totalAmount
      itemCount
      note
      createdAt
      updatedAt
      confirmedAt
      shippedAt
      deliveredAt
      cancelledAt
      shippingAddress {
        street
        city
        state
        postalCode
        country
        type
      }
      customer {
        rowId
        username
      }
      items {
        id
        rowId
        quantity
        unitPrice
        totalPrice
        product {
          sku
        }
        order {
          orderNumber
        }
      }
    }
  }
`);

const FilteredOrders = graphql(`
  query ReadOrdersFiltered($filter: OrderFilter, $orderBy: [OrderOrderBy!]) {
    orders(first: 100, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        orderNumber
      }
    }
  }
`);

const CustomerOrders = graphql(`
  query ReadCustomerOrders($id: ID!, $status: [OrderStatus!], $orderBy: [OrderOrderBy!]) {
    user(id: $id) {
      orders(status: $status, orderBy: $orderBy) {
        totalCount
        nodes {
          orderNumber
        }
      }
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };
interface Fixture {
  number: string;
  customer: number;
  status: 'PENDING' | 'CONFIRMED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';
  total: number;
  createdAt: Date;
  products: number[];
}
const orders: Fixture[] = [];
const users: number[] = [];
const products: number[] = [];

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
  for (let i = 0; i < 3; i++) users.push((await createUser(prisma)).id);
  for (let i = 0; i < 3; i++) products.push((await createProduct(prisma, { sku: `ORD-SKU-${i}` })).id);
  const statuses = ['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
  for (let i = 0; i < 12; i++) {
    const lineProducts = i % 4 === 0 ? [products[0]!, products[1]!] : [products[i % 3]!];
    const createdAt = new Date(Date.UTC(2026, 1, 1 + (i % 6), 12));
    const order = await createOrder(
      prisma,
      users[i % 3]!,
      lineProducts.map((productId, line) => ({ productId, quantity: 1 + line, unitPrice: `${5 + (i % 5)}.50` })),
      { status: statuses[i % 5]!, createdAt, orderNumber: `ORD-2026-${String(100 - i).padStart(4, '0')}` },
    );
    orders.push({
      number: order.orderNumber,
      customer: users[i % 3]!,
      status: statuses[i % 5]!,
      total: Number(order.totalAmount),
      createdAt,
      products: lineProducts,
    });
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function numbers(filter: OrderFilter | null, orderBy?: OrderOrderBy[]) {
  const response = await server.execute(FilteredOrders, { filter, orderBy }, { as: admin });
  expect(response.errors).toBeUndefined();
  expect(response.data!.orders.totalCount).toBe(response.data!.orders.nodes.length);
  return response.data!.orders.nodes.map((node) => node.orderNumber);
}

const sorted = (list: string[]) => [...list].sort();
const where = (predicate: (order: Fixture) => boolean) => sorted(orders.filter(predicate).map((order) => order.number));

describe('Order fields', () => {
  it('answer with the stored row, its items, customer, address and status timestamps', async () => {
    const { prisma } = server.db;
    const product = await createProduct(prisma, { sku: 'FIELDS-1' });
    const created = await createOrder(
      prisma,
      users[0]!,
      [
        { productId: product.id, quantity: 3, unitPrice: '2.50' },
        { productId: products[1]!, quantity: 1, unitPrice: '0.99' },
      ],
      {
        status: 'SHIPPED',
        note: 'Leave at the door',
        confirmedAt: new Date('2026-03-01T10:00:00Z'),
        shippedAt: new Date('2026-03-02T10:00:00Z'),
        shippingAddress: {
          street: '9 Road',
          city: 'Beijing',
          state: 'BJ',
          postalCode: '100000',
          country: 'CN',
          type: 'HOME',
        },
      },
    );
    const response = await server.execute(OrderFields, { number: created.orderNumber }, { as: admin });
    expect(response.errors).toBeUndefined();
    const order = response.data!.orderByNumber!;
    expect(order).toMatchObject({
      id: encodeGlobalID('Order', created.id),
      rowId: created.id,
      status: 'SHIPPED',
      totalAmount: '8.49',
      itemCount: 4,
      note: 'Leave at the door',
      createdAt: created.createdAt.toISOString(),
      confirmedAt: '2026-03-01T10:00:00.000Z',
      shippedAt: '2026-03-02T10:00:00.000Z',
      deliveredAt: null,
      cancelledAt: null,
      shippingAddress: {
        street: '9 Road',
        city: 'Beijing',
        state: 'BJ',
        postalCode: '100000',
        country: 'CN',
        type: 'HOME',
      },
      customer: { rowId: users[0] },
    });
    expect(order.items).toEqual(
      created.items.map((item) => ({
        id: encodeGlobalID('OrderItem', item.id),
        rowId: item.id,
        quantity: item.quantity,
        unitPrice: item.unitPrice.toFixed(2),
        totalPrice: item.totalPrice.toFixed(2),
        product: { sku: item.productId === product.id ? 'FIELDS-1' : 'ORD-SKU-1' },
        order: { orderNumber: created.orderNumber },
      })),
    );
    await prisma.order.delete({ where: { id: created.id } });
  });

  it('a missing order number is null for admins', async () => {
    const response = await server.execute(OrderFields, { number: 'ORD-NOPE' }, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data?.orderByNumber).toBeNull();
  });
});

describe('orders filters and sorts', () => {
  it('status arrays, customer and product', async () => {
    expect(sorted(await numbers({ status: ['PENDING', 'CANCELLED'] }))).toEqual(
      where((o) => ['PENDING', 'CANCELLED'].includes(o.status)),
    );
    expect(await numbers({ status: [] })).toEqual([]);
    expect(sorted(await numbers({ customerId: encodeGlobalID('User', users[1]!) }))).toEqual(
      where((o) => o.customer === users[1]),
    );
    expect(sorted(await numbers({ productId: encodeGlobalID('Product', products[0]!) }))).toEqual(
      where((o) => o.products.includes(products[0]!)),
    );
  });

  it('totalAmount and createdAt ranges, orderNumber string filter', async () => {
    expect(sorted(await numbers({ totalAmount: { gte: '7.50', lt: '9.50' } }))).toEqual(
      where((o) => o.total >= 7.5 && o.total < 9.5),
    );
    expect(sorted(await numbers({ totalAmount: { equals: '5.50' } }))).toEqual(where((o) => o.total === 5.5));
    expect(sorted(await numbers({ createdAt: { gt: '2026-02-02T12:00:00Z', lte: '2026-02-04T12:00:00Z' } }))).toEqual(
      where((o) => o.createdAt > new Date('2026-02-02T12:00:00Z') && o.createdAt <= new Date('2026-02-04T12:00:00Z')),
    );
    expect(sorted(await numbers({ orderNumber: { startsWith: 'ord-2026-009' } }))).toEqual(
      where((o) => o.number.startsWith('ORD-2026-009')),
    );
  });

  it('and/or/not combine', async () => {
    const filter: OrderFilter = {
      or: [{ status: ['DELIVERED'] }, { and: [{ status: ['PENDING'] }, { totalAmount: { gt: '6.00' } }] }],
      not: { customerId: encodeGlobalID('User', users[2]!) },
    };
    expect(sorted(await numbers(filter))).toEqual(
      where((o) => (o.status === 'DELIVERED' || (o.status === 'PENDING' && o.total > 6)) && o.customer !== users[2]),
    );
  });

  it('sorts by createdAt (default DESC), totalAmount and orderNumber, ties by id', async () => {
    const indexOf = (number: string) => orders.findIndex((o) => o.number === number);
    const byCreatedDesc = [...orders].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || indexOf(b.number) - indexOf(a.number),
    );
    expect(await numbers(null)).toEqual(byCreatedDesc.map((o) => o.number));
    const byTotal = [...orders].sort((a, b) => a.total - b.total || indexOf(a.number) - indexOf(b.number));
    expect(await numbers(null, [{ field: 'TOTAL_AMOUNT', direction: 'ASC' }])).toEqual(byTotal.map((o) => o.number));
    expect(await numbers({ status: ['CONFIRMED', 'SHIPPED'] }, [{ field: 'ORDER_NUMBER', direction: 'ASC' }])).toEqual(
      where((o) => ['CONFIRMED', 'SHIPPED'].includes(o.status)),
    );
  });

  it('a malformed ID in a filter is BAD_USER_INPUT naming it', async () => {
    const response = await server.execute(
      FilteredOrders,
      { filter: { productId: encodeGlobalID('User', 1) } },
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.['field']).toBe('filter.productId');
  });
});

describe('User.orders', () => {
  it('filters by status and sorts', async () => {
    const userId = users[0]!;
    const response = await server.execute(
      CustomerOrders,
      {
        id: encodeGlobalID('User', userId),
        status: ['PENDING', 'SHIPPED', 'DELIVERED'],
        orderBy: [{ field: 'TOTAL_AMOUNT', direction: 'DESC' }],
      },
      { as: { userId, role: 'CUSTOMER' } },
    );
    expect(response.errors).toBeUndefined();
    const indexOf = (number: string) => orders.findIndex((o) => o.number === number);
    const expected = orders
      .filter((o) => o.customer === userId && ['PENDING', 'SHIPPED', 'DELIVERED'].includes(o.status))
      .sort((a, b) => b.total - a.total || indexOf(b.number) - indexOf(a.number))
      .map((o) => o.number);
    expect(expected.length).toBeGreaterThan(1);
    expect(response.data?.user?.orders.nodes.map((node) => node.orderNumber)).toEqual(expected);
    expect(response.data?.user?.orders.totalCount).toBe(expected.length);
  });
});
