import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { ReadPaginationUserOrdersQuery, ReadPaginationUsersQuery, UserOrderBy } from '../generated/graphql.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type GraphQLResponse, type TestServer } from '../support/server.js';

const UsersPage = graphql(`
  query ReadPaginationUsers($first: Int, $after: String, $last: Int, $before: String, $orderBy: [UserOrderBy!]) {
    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          rowId
        }
      }
    }
  }
`);

const UserOrdersPage = graphql(`
  query ReadPaginationUserOrders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    user(id: $id) {
      orders(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
          startCursor
        }
        nodes {
          rowId
        }
      }
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };
/** Every visible user (admin included) with what the sorts look at, from the factories. */
const people: { id: number; lastName: string; spent: number; lastLoginAt: Date | null }[] = [];
let buyer = { id: 0, orderIds: [] as { id: number; total: number }[] };

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  const adminRow = await createAdmin(prisma, { lastName: 'zeta' });
  admin = { userId: adminRow.id, role: 'ADMIN' };
  people.push({ id: adminRow.id, lastName: 'zeta', spent: 0, lastLoginAt: null });
  const product = await createProduct(prisma);
  const lastNames = ['alpha', 'beta', 'gamma'];
  for (let i = 0; i < 24; i++) {
    const lastLoginAt = i % 3 === 0 ? null : new Date(Date.UTC(2026, 0, 1 + (i % 5)));
    const user = await createUser(prisma, { lastName: lastNames[i % 3]!, lastLoginAt });
    // Spending in three tiers so TOTAL_SPENT has many ties.
    const spent = (i % 3) * 10;
    if (spent > 0) {
      await createOrder(prisma, user.id, [{ productId: product.id, quantity: 1, unitPrice: `${spent}.00` }], {
        status: 'DELIVERED',
      });
    }
    people.push({ id: user.id, lastName: lastNames[i % 3]!, spent, lastLoginAt });
  }
  await createUser(prisma, { deletedAt: new Date() });
  const buyerRow = await createUser(prisma, { lastName: 'buyer' });
  buyer = { id: buyerRow.id, orderIds: [] };
  for (let i = 0; i < 7; i++) {
    const total = [5, 3, 5, 9, 1, 5, 3][i]!;
    const order = await createOrder(prisma, buyerRow.id, [
      { productId: product.id, quantity: 1, unitPrice: `${total}.00` },
    ]);
    buyer.orderIds.push({ id: order.id, total });
  }
  people.push({ id: buyerRow.id, lastName: 'buyer', spent: 0, lastLoginAt: null });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

async function walkForward(orderBy: UserOrderBy[], pageSize: number): Promise<number[]> {
  const seen: number[] = [];
  let after: string | null = null;
  let previousHadNext = true;
  for (let page = 0; previousHadNext; page++) {
    const response: GraphQLResponse<ReadPaginationUsersQuery> = await server.execute(
      UsersPage,
      { first: pageSize, after, orderBy },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    const connection = response.data!.users;
    expect(connection.totalCount).toBe(people.length);
    expect(connection.pageInfo.hasPreviousPage).toBe(page > 0);
    seen.push(...connection.edges.map((edge) => edge.node.rowId));
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
    after = connection.pageInfo.endCursor;
    previousHadNext = connection.pageInfo.hasNextPage;
    expect(page).toBeLessThan(50);
  }
  return seen;
}

async function walkBackward(orderBy: UserOrderBy[], pageSize: number): Promise<number[]> {
  const seen: number[] = [];
  let before: string | null = null;
  let hasPrevious = true;
  for (let page = 0; hasPrevious; page++) {
    const response: GraphQLResponse<ReadPaginationUsersQuery> = await server.execute(
      UsersPage,
      { last: pageSize, before, orderBy },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    const connection = response.data!.users;
    expect(connection.pageInfo.hasNextPage).toBe(page > 0);
    seen.unshift(...connection.edges.map((edge) => edge.node.rowId));
    before = connection.pageInfo.startCursor;
    hasPrevious = connection.pageInfo.hasPreviousPage;
    expect(page).toBeLessThan(50);
  }
  return seen;
}

describe('keyset pagination', () => {
  it('walks a sort with ties (LAST_NAME) forwards and backwards, ties broken by id', async () => {
    const expected = [...people]
      .sort((a, b) => a.lastName.localeCompare(b.lastName) || byId(a, b))
      .map((person) => person.id);
    const orderBy: UserOrderBy[] = [{ field: 'LAST_NAME', direction: 'ASC' }];
    expect(await walkForward(orderBy, 4)).toEqual(expected);
    expect(await walkBackward(orderBy, 4)).toEqual(expected);
  });

  it('walks a computed sort (TOTAL_SPENT DESC) and a second key', async () => {
    const expected = [...people]
      .sort((a, b) => b.spent - a.spent || b.lastName.localeCompare(a.lastName) || b.id - a.id)
      .map((person) => person.id);
    const orderBy: UserOrderBy[] = [
      { field: 'TOTAL_SPENT', direction: 'DESC' },
      { field: 'LAST_NAME', direction: 'DESC' },
    ];
    expect(await walkForward(orderBy, 5)).toEqual(expected);
    expect(await walkBackward(orderBy, 7)).toEqual(expected);
  });

  it('walks a nullable sort (LAST_LOGIN_AT), NULLs last in both directions', async () => {
    const time = (person: (typeof people)[number]) => person.lastLoginAt?.getTime() ?? null;
    const compare = (direction: 1 | -1) => (a: (typeof people)[number], b: (typeof people)[number]) => {
      const [x, y] = [time(a), time(b)];
      if (x === null || y === null) return x === y ? direction * byId(a, b) : x === null ? 1 : -1;
      return direction * (x - y) || direction * byId(a, b);
    };
    const ascending = [...people].sort(compare(1)).map((person) => person.id);
    const descending = [...people].sort(compare(-1)).map((person) => person.id);
    expect(await walkForward([{ field: 'LAST_LOGIN_AT', direction: 'ASC' }], 6)).toEqual(ascending);
    expect(await walkForward([{ field: 'LAST_LOGIN_AT', direction: 'DESC' }], 6)).toEqual(descending);
    expect(await walkBackward([{ field: 'LAST_LOGIN_AT', direction: 'DESC' }], 6)).toEqual(descending);
  });

  it('defaults to 20 rows, allows 100, refuses more than 100 with BAD_USER_INPUT naming the argument', async () => {
    const defaults = await server.execute(UsersPage, {}, { as: admin });
    expect(defaults.data?.users.edges).toHaveLength(20);
    expect(defaults.data?.users.pageInfo.hasNextPage).toBe(true);
    const hundred = await server.execute(UsersPage, { first: 100 }, { as: admin });
    expect(hundred.data?.users.edges).toHaveLength(people.length);
    expect(hundred.data?.users.pageInfo.hasNextPage).toBe(false);

    for (const variables of [{ first: 101 }, { last: 101 }, { first: -1 }]) {
      const response: GraphQLResponse<ReadPaginationUsersQuery> = await server.execute(UsersPage, variables, {
        as: admin,
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.['field']).toBe(Object.keys(variables)[0]);
      expect(response.data?.users ?? null).toBeNull();
    }
    const both = await server.execute(UsersPage, { first: 2, last: 2 }, { as: admin });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses malformed cursors and cursors of another sort order', async () => {
    const page = await server.execute(
      UsersPage,
      { first: 2, orderBy: [{ field: 'USERNAME', direction: 'ASC' }] },
      { as: admin },
    );
    const cursor = page.data!.users.pageInfo.endCursor!;
    const forged = Buffer.from(JSON.stringify(['users:USERNAME:ASC', "x'); DROP TABLE users; --", 'abc'])).toString(
      'base64url',
    );
    for (const [variables, field] of [
      [{ after: 'not-a-cursor' }, 'after'],
      [{ before: 'bm90IGpzb24' }, 'before'],
      [{ after: cursor, orderBy: [{ field: 'EMAIL', direction: 'ASC' }] }, 'after'],
      [{ after: forged, orderBy: [{ field: 'USERNAME', direction: 'ASC' }] }, 'after'],
    ] as const) {
      const response: GraphQLResponse<ReadPaginationUsersQuery> = await server.execute(UsersPage, variables as never, {
        as: admin,
      });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.extensions?.['field']).toBe(field);
    }
  });

  it('pages a nested connection (User.orders) with first/after and last/before', async () => {
    const expected = [...buyer.orderIds].sort((a, b) => a.total - b.total || a.id - b.id).map((order) => order.id);
    const userId = Buffer.from(`User:${buyer.id}`).toString('base64');
    const forward: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response: GraphQLResponse<ReadPaginationUserOrdersQuery> = await server.execute(
        UserOrdersPage,
        { id: userId, first: 3, after },
        { as: admin },
      );
      expect(response.errors).toBeUndefined();
      const orders = response.data!.user!.orders;
      expect(orders.totalCount).toBe(7);
      forward.push(...orders.nodes.map((node) => node.rowId));
      after = orders.pageInfo.endCursor;
      if (!orders.pageInfo.hasNextPage) break;
    }
    expect(forward).toEqual(expected);

    const tail = await server.execute(UserOrdersPage, { id: userId, last: 2 }, { as: admin });
    expect(tail.data!.user!.orders.nodes.map((node) => node.rowId)).toEqual(expected.slice(-2));
    expect(tail.data!.user!.orders.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await server.execute(
      UserOrdersPage,
      { id: userId, last: 10, before: tail.data!.user!.orders.pageInfo.startCursor },
      { as: admin },
    );
    expect(before.data!.user!.orders.nodes.map((node) => node.rowId)).toEqual(expected.slice(0, -2));
    expect(before.data!.user!.orders.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});
