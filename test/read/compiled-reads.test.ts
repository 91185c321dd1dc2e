/**
 * Compiled reads (src/execution/) must answer exactly as the resolvers do:
 * every query below runs on a server with them and on one without
 * (COMPILED_READS=false) over the same database, as several viewers, and
 * the two responses must be the same JSON text (data, errors, key order).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onQuery } from '../../src/db/query-observer.js';
import { globalIdOf } from '../../src/lib/global-id.js';
import {
  createAdmin,
  createCategory,
  createOrder,
  createProduct,
  createProfile,
  createUser,
} from '../support/factories.js';
import { createTestServer, type RequestOptions, type TestServer } from '../support/server.js';

let compiled: TestServer;
let resolvers: TestServer;
const viewers: Record<string, RequestOptions> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  compiled = await createTestServer();
  resolvers = await createTestServer({ sharing: compiled, config: { COMPILED_READS: 'false' } });
  const { prisma } = compiled.db;
  const admin = await createAdmin(prisma);
  const alice = await createUser(prisma, { birthDate: new Date('1990-05-17T00:00:00Z'), phone: '+8613800138000' });
  const bob = await createUser(prisma, { lastLoginAt: new Date('2026-11-30T08:15:30.125Z') });
  const gone = await createUser(prisma, { deletedAt: new Date('2026-10-01T00:00:00Z') });
  await createProfile(prisma, alice.id, { bio: 'Hello', tags: ['vip', 'early'], location: 'Shanghai' });
  const root = await createCategory(prisma, { name: 'Root', description: 'Top' });
  const child = await createCategory(prisma, { name: 'Child', parentId: root.id });
  const products = [
    await createProduct(prisma, { categoryId: child.id, price: '10.50', cost: '4.10', tags: ['red', 'sale'] }),
    await createProduct(prisma, { categoryId: root.id, price: '0.10', description: 'Tiny', stockQuantity: 0 }),
    await createProduct(prisma, { price: '1999.99' }),
    await createProduct(prisma, { categoryId: child.id, price: '7.00', isActive: false }),
    await createProduct(prisma, { categoryId: child.id, price: '10.50' }),
  ];
  const orders = [
    await createOrder(
      prisma,
      alice.id,
      [
        { productId: products[0]!.id, quantity: 2, unitPrice: '10.50' },
        { productId: products[3]!.id, quantity: 1, unitPrice: '7.00' },
      ],
      { status: 'CONFIRMED', confirmedAt: new Date('2026-11-02T10:00:00.5Z'), note: 'Leave at the door' },
    ),
    await createOrder(prisma, alice.id, [{ productId: products[1]!.id, quantity: 5, unitPrice: '0.10' }]),
    await createOrder(prisma, bob.id, [{ productId: products[2]!.id, quantity: 1, unitPrice: '1999.99' }], {
      status: 'CANCELLED',
      cancelledAt: new Date('2026-11-03T00:00:00Z'),
    }),
    await createOrder(prisma, gone.id, []),
  ];
  viewers['anonymous'] = {};
  viewers['admin'] = { as: { userId: admin.id, role: 'ADMIN' } };
  viewers['alice'] = { as: { userId: alice.id, role: 'CUSTOMER' } };
  viewers['bob'] = { as: { userId: bob.id, role: 'CUSTOMER' } };
  ids['alice'] = globalIdOf('User', alice.id);
  ids['bob'] = globalIdOf('User', bob.id);
  ids['gone'] = globalIdOf('User', gone.id);
  ids['inactive'] = globalIdOf('Product', products[3]!.id);
  ids['product'] = globalIdOf('Product', products[0]!.id);
  ids['aliceOrder'] = globalIdOf('Order', orders[0]!.id);
  ids['bobOrder'] = globalIdOf('Order', orders[2]!.id);
}, 120_000);

afterAll(async () => {
  await resolvers?.close();
  await compiled?.close();
});

async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const stop = onQuery(() => {
    count++;
  });
  try {
    await run();
    return count;
  } finally {
    stop();
  }
}

async function expectSameAnswers(query: string, variables: Record<string, unknown> = {}) {
  for (const [name, viewer] of Object.entries(viewers)) {
    const expected = await resolvers.execute(query, variables, viewer);
    const actual = await compiled.execute(query, variables, viewer);
    expect(JSON.stringify(actual), `as ${name}`).toBe(JSON.stringify(expected));
  }
}

const PRODUCT_FIELDS = `
  id rowId sku name description price stockQuantity isActive tags createdAt updatedAt __typename
  category { id name slug description parent { name } children { name } }
`;

describe('compiled reads answer as the resolvers do', () => {
  it('a product page with every column, pageInfo and totalCount', async () => {
    await expectSameAnswers(`{
      products(first: 3) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
        nodes { ${PRODUCT_FIELDS} }
      }
    }`);
  });

  it('edges with cursors, sorts, filters and the next and previous pages', async () => {
    const query = `query Page($after: String, $before: String, $first: Int, $last: Int) {
      products(first: $first, after: $after, last: $last, before: $before,
               orderBy: [{ field: PRICE, direction: DESC }], filter: { inStock: true }) {
        __typename
        edges { __typename cursor node { name price } }
        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      }
    }`;
    await expectSameAnswers(query, { first: 2 });
    const first = await resolvers.execute<{ products: { pageInfo: { endCursor: string } } }, object>(query, {
      first: 2,
    });
    const cursor = first.data!.products.pageInfo.endCursor;
    await expectSameAnswers(query, { first: 2, after: cursor });
    await expectSameAnswers(query, { last: 1, before: cursor });
  });

  it('bad page arguments and cursors are the same errors', async () => {
    await expectSameAnswers('{ products(first: 101) { nodes { name } } }');
    await expectSameAnswers('{ products(first: 1, last: 1) { nodes { name } } }');
    await expectSameAnswers('{ products(after: "not-a-cursor") { nodes { name } } }');
    await expectSameAnswers('{ orders(first: -1) { nodes { orderNumber } } }');
  });

  it('admin-only fields, searches and lists with a validated argument', async () => {
    await expectSameAnswers('{ products { nodes { name cost } } }');
    await expectSameAnswers('{ products(search: "product") { nodes { name } } }');
    await expectSameAnswers('{ products(filter: { isActive: false }) { totalCount nodes { name isActive } } }');
  });

  it('orders with items, products, customers and itemCount, for each viewer', async () => {
    await expectSameAnswers(`{
      orders(first: 10) {
        totalCount
        nodes {
          id orderNumber status totalAmount itemCount note createdAt confirmedAt cancelledAt shippedAt
          customer { username email firstName lastName role isActive }
          items { id rowId quantity unitPrice totalPrice product { name sku price category { name } } order { orderNumber } }
        }
      }
    }`);
    await expectSameAnswers(`{ orders(orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) { nodes { totalAmount } } }`);
  });

  it('a user with a nested orders connection, profile and soft-deleted users', async () => {
    const query = `query User($id: ID!) {
      user(id: $id) {
        id username email birthDate phone lastLoginAt deletedAt
        profile { bio tags location }
        orders(first: 1) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { orderNumber items { quantity product { name category { name } } } } }
        }
        newest: orders(first: 5, status: [PENDING, CONFIRMED]) { nodes { orderNumber status } }
      }
    }`;
    for (const id of [ids['alice'], ids['bob'], ids['gone'], globalIdOf('User', 999_999), 'not-an-id']) {
      await expectSameAnswers(query, { id });
    }
  });

  it('product and order lookups, inactive and missing rows', async () => {
    const product = `query P($id: ID!) { product(id: $id) { name isActive category { name } } }`;
    for (const id of [ids['product'], ids['inactive'], globalIdOf('Product', 999_999), ids['alice']]) {
      await expectSameAnswers(product, { id });
    }
    const order = `query O($id: ID!) { order(id: $id) { orderNumber itemCount customer { username } } }`;
    for (const id of [ids['aliceOrder'], ids['bobOrder'], globalIdOf('Order', 999_999)]) {
      await expectSameAnswers(order, { id });
    }
  });

  it('fragments, aliases, @include / @skip and a connection under a relation', async () => {
    const query = `query Shapes($withCategory: Boolean!, $skipPrice: Boolean!) {
      __typename
      cheap: products(first: 2, orderBy: [{ field: PRICE, direction: ASC }]) { nodes { ...Fields } }
      dear: products(first: 2, orderBy: [{ field: PRICE, direction: DESC }]) {
        nodes { ... on Product { name } ... on Node { id } }
      }
      withSiblings: products(first: 2) {
        nodes { name category { name products(first: 2) { totalCount nodes { name } } } }
      }
    }
    fragment Fields on Product {
      name
      price @skip(if: $skipPrice)
      category @include(if: $withCategory) { name }
    }`;
    for (const withCategory of [true, false]) {
      for (const skipPrice of [true, false]) await expectSameAnswers(query, { withCategory, skipPrice });
    }
  });

  it('users lists and operations mixing compiled and resolver-only fields', async () => {
    await expectSameAnswers(`{ users(first: 5) { totalCount nodes { username email role createdAt deletedAt } } }`);
    await expectSameAnswers(`{ users(filter: { role: ADMIN }) { nodes { username } } }`);
    await expectSameAnswers(`{ users(first: 2) { nodes { username fullName orderCount } } }`);
    await expectSameAnswers(`{ products(first: 2) { nodes { name unitsSold } } categories { name } }`);
  });
});

describe('the compiled path is the one taken', () => {
  it('a product page with its categories is one statement; through the resolvers two', async () => {
    const query = '{ products(first: 3) { nodes { name price category { name } } } }';
    expect(await statementsOf(() => compiled.execute(query))).toBe(1);
    expect(await statementsOf(() => resolvers.execute(query))).toBe(2);
  });

  it('a user with its orders, items and products is one statement, nested pages included', async () => {
    const query = `query U($id: ID!) {
      user(id: $id) { orders(first: 5) { nodes { orderNumber items { product { name category { name } } } } } }
    }`;
    const run = (server: TestServer) => () => server.execute(query, { id: ids['alice'] }, viewers['admin']);
    // The viewer's account is looked up once per request in tests (ACCOUNT_CACHE_MS=0).
    expect(await statementsOf(run(compiled))).toBe(2);
    expect(await statementsOf(run(resolvers))).toBe(4);
  });

  it('a field only a resolver knows sends the whole operation through the resolvers', async () => {
    const query = '{ products(first: 3) { nodes { name unitsSold } } }';
    expect(await statementsOf(() => compiled.execute(query))).toBe(await statementsOf(() => resolvers.execute(query)));
  });
});
