import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsChanged } from '../../src/auth/account-cache.js';
import { onQuery } from '../../src/db/query-observer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

const OrdersDeep = graphql(`
  query ReadStatementCountOrders($first: Int!) {
    orders(first: $first) {
      nodes {
        customer {
          orderCount
          totalSpent
        }
        items {
          product {
            category {
              path
            }
          }
        }
      }
    }
  }
`);

const UsersDeep = graphql(`
  query ReadStatementCountUsers($first: Int!) {
    users(first: $first) {
      totalCount
      edges {
        node {
          orderCount
          averageOrderValue
          ordersByStatus {
            count
          }
          profile {
            tags
          }
          orders(first: 3) {
            totalCount
            nodes {
              itemCount
              customer {
                username
              }
              items {
                product {
                  unitsSold
                  category {
                    path
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

// The benchmark's shapes (bench/run.ts, issue 9): each level is one statement.
const ProductsWithCategory = graphql(`
  query ReadStatementCountShapeA {
    products(first: 20) {
      nodes {
        name
        sku
        price
        category {
          name
          slug
        }
      }
    }
  }
`);

const UserOrdersDeep = graphql(`
  query ReadStatementCountShapeB($id: ID!) {
    user(id: $id) {
      orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
        nodes {
          orderNumber
          status
          totalAmount
          items {
            quantity
            unitPrice
            product {
              name
              sku
              category {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const RecentOrders = graphql(`
  query ReadStatementCountShapeC {
    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      nodes {
        orderNumber
        status
        totalAmount
        itemCount
        customer {
          username
          email
        }
        items {
          quantity
        }
      }
    }
  }
`);

let server: TestServer;
let busiestCustomer = 0;
let admin = { userId: 0, role: 'ADMIN' as const };

/**
 * 60 orders of 12 customers over 6 products in a three-level category tree,
 * so that every level of the query has many distinct parents.
 */
beforeAll(async () => {
  // As in production (NODE_ENV=production): the viewer's account is cached (ACCOUNT_CACHE_MS).
  server = await createTestServer({ config: { ACCOUNT_CACHE_MS: '2000' } });
  const { prisma } = server.db;
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
  const root = await createCategory(prisma, { name: 'Root' });
  const middle = await createCategory(prisma, { name: 'Middle', parentId: root.id });
  const leaves = [
    await createCategory(prisma, { name: 'Leaf A', parentId: middle.id }),
    await createCategory(prisma, { name: 'Leaf B', parentId: middle.id }),
    await createCategory(prisma, { name: 'Side', parentId: root.id }),
  ];
  const products = [];
  for (let i = 0; i < 6; i++) products.push(await createProduct(prisma, { categoryId: leaves[i % 3]!.id }));
  const customers = [];
  for (let i = 0; i < 12; i++) customers.push(await createUser(prisma));
  busiestCustomer = customers[0]!.id;
  for (let i = 0; i < 60; i++) {
    await createOrder(
      prisma,
      customers[i % 12]!.id,
      [
        { productId: products[i % 6]!.id, quantity: 1 + (i % 3), unitPrice: '4.25' },
        { productId: products[(i + 1) % 6]!.id, quantity: 1, unitPrice: '10.00' },
      ],
      { status: i % 4 === 0 ? 'PENDING' : 'CONFIRMED' },
    );
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/**
 * Counts every statement sent to PostgreSQL while the request runs. Each test
 * file runs in its own process, so nothing else sends statements meanwhile.
 */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const stop = onQuery((query) => statements.push(query.sql.replace(/\s+/g, ' ')));
  try {
    const result = await run();
    return { result, count: statements.length, statements };
  } finally {
    stop();
  }
}

describe('statements per request do not grow with the number of rows', () => {
  it('orders → customer aggregates, items → product → category path', async () => {
    await server.execute(OrdersDeep, { first: 1 }, { as: admin }); // the admin's account is known from here on
    const small = await countStatements(() => server.execute(OrdersDeep, { first: 5 }, { as: admin }));
    const large = await countStatements(() => server.execute(OrdersDeep, { first: 50 }, { as: admin }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(small.result.data?.orders.nodes).toHaveLength(5);
    expect(large.result.data?.orders.nodes).toHaveLength(50);
    const paths = new Set(
      large.result.data!.orders.nodes.flatMap((order) => order.items.map((item) => item.product.category?.path)),
    );
    expect(paths).toEqual(new Set(['Root > Middle > Leaf A', 'Root > Middle > Leaf B', 'Root > Side']));
    console.info(
      `[statement-count] orders N=5: ${small.count}, N=50: ${large.count}\n  ${large.statements.map((sql) => sql.slice(0, 160)).join('\n  ')}`,
    );
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(10);
  });

  it('users → stats, profile, a nested orders connection and its items', async () => {
    const small = await countStatements(() => server.execute(UsersDeep, { first: 2 }, { as: admin }));
    const large = await countStatements(() => server.execute(UsersDeep, { first: 13 }, { as: admin }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data?.users.edges).toHaveLength(13);
    const nested = large.result.data!.users.edges.filter((edge) => edge.node.orders.totalCount === 5);
    expect(nested).toHaveLength(12);
    for (const edge of nested) expect(edge.node.orders.nodes).toHaveLength(3);
    console.info(`[statement-count] users N=2: ${small.count}, N=13: ${large.count}`);
    expect(large.count).toBe(small.count);
  });
});

describe('the benchmark shapes take one statement per level', () => {
  it('A: products with their category, anonymous: the page with its products and categories as JSON (1)', async () => {
    const { result, count, statements } = await countStatements(() => server.execute(ProductsWithCategory, {}));
    expect(result.errors).toBeUndefined();
    expect(result.data?.products.nodes).toHaveLength(6);
    expect(result.data?.products.nodes.every((product) => product.category?.slug)).toBe(true);
    expect(count, statements.join('\n')).toBe(1);
  });

  it('B: a customer’s orders with items, products and categories, as an admin: the user with its page inside (1)', async () => {
    const id = encodeGlobalID('User', busiestCustomer);
    await server.execute(UserOrdersDeep, { id }, { as: admin });
    const { result, count, statements } = await countStatements(() =>
      server.execute(UserOrdersDeep, { id }, { as: admin }),
    );
    expect(result.errors).toBeUndefined();
    const orders = result.data?.user?.orders.nodes ?? [];
    expect(orders).toHaveLength(5);
    expect(
      orders.every((order) => order.items.length === 2 && order.items.every((item) => item.product.category?.name)),
    ).toBe(true);
    expect(count, statements.join('\n')).toBe(1);
  });

  it('C: recent orders with itemCount, customer and items, as an admin: the page with everything below (1)', async () => {
    await server.execute(RecentOrders, {}, { as: admin });
    const { result, count, statements } = await countStatements(() => server.execute(RecentOrders, {}, { as: admin }));
    expect(result.errors).toBeUndefined();
    const orders = result.data?.orders.nodes ?? [];
    expect(orders).toHaveLength(20);
    for (const order of orders)
      expect(order.itemCount).toBe(order.items.reduce((units, item) => units + item.quantity, 0));
    expect(orders.every((order) => order.customer.username)).toBe(true);
    expect(count, statements.join('\n')).toBe(1);
  });

  it('an account this server has not seen lately costs one statement more (the account cache)', async () => {
    accountsChanged([admin.userId]);
    const cold = await countStatements(() => server.execute(RecentOrders, {}, { as: admin }));
    const warm = await countStatements(() => server.execute(RecentOrders, {}, { as: admin }));
    expect(cold.count, cold.statements.join('\n')).toBe(2);
    expect(cold.statements[0]).toContain('"token_version"');
    expect(warm.count, warm.statements.join('\n')).toBe(1);
  });

  it('hydration reads only the columns the selection needs (no password hash for a username)', async () => {
    const { statements } = await countStatements(() => server.execute(RecentOrders, {}, { as: admin }));
    const hydration = statements.join('\n');
    expect(hydration).toContain('"username"');
    expect(hydration).not.toContain('password_hash');
    expect(hydration).not.toContain('shipping_address');
  });
});
