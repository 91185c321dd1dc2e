import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { encryptSecret } from '../../src/lib/crypto.js';
import { graphql } from '../generated/index.js';
import {
  createAdmin,
  createAuditLog,
  createOrder,
  createProduct,
  createProfile,
  createUser,
} from '../support/factories.js';
import { createTestServer, errorCodes, type GraphQLResponse, type TestServer } from '../support/server.js';

const Me = graphql(`
  query ReadAccessMe {
    me {
      rowId
    }
  }
`);
const UserById = graphql(`
  query ReadAccessUser($id: ID!) {
    user(id: $id) {
      rowId
      profile {
        taxId
      }
    }
  }
`);
const UserByEmail = graphql(`
  query ReadAccessUserByEmail($email: EmailAddress!) {
    userByEmail(email: $email) {
      rowId
    }
  }
`);
const UserByUsername = graphql(`
  query ReadAccessUserByUsername($username: String!) {
    userByUsername(username: $username) {
      rowId
    }
  }
`);
const Users = graphql(`
  query ReadAccessUsers($includeDeleted: Boolean) {
    users(first: 100, filter: { includeDeleted: $includeDeleted }) {
      totalCount
      nodes {
        rowId
      }
    }
  }
`);
const OrderById = graphql(`
  query ReadAccessOrder($id: ID!) {
    order(id: $id) {
      rowId
    }
  }
`);
const OrderByNumber = graphql(`
  query ReadAccessOrderByNumber($orderNumber: String!) {
    orderByNumber(orderNumber: $orderNumber) {
      rowId
    }
  }
`);
const Orders = graphql(`
  query ReadAccessOrders {
    orders(first: 100) {
      totalCount
      nodes {
        rowId
        customer {
          rowId
        }
      }
    }
  }
`);
const AuditLog = graphql(`
  query ReadAccessAuditLog {
    auditLog(first: 10) {
      totalCount
    }
  }
`);
const Node = graphql(`
  query ReadAccessNode($id: ID!) {
    node(id: $id) {
      __typename
      id
    }
  }
`);
const Nodes = graphql(`
  query ReadAccessNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);
const Products = graphql(`
  query ReadAccessProducts {
    products(first: 5) {
      totalCount
    }
  }
`);

type Who = 'anonymous' | 'self' | 'other' | 'admin';
let server: TestServer;
const viewers: Record<Who, Viewer | null> = { anonymous: null, self: null, other: null, admin: null };
let alice: { id: number; email: string; username: string };
let bob: { id: number };
let deleted: { id: number };
const ids = {
  aliceOrder: 0,
  aliceOrderNumber: '',
  aliceItem: 0,
  bobOrder: 0,
  bobOrderNumber: '',
  product: 0,
  audit: 0,
};
let totalUsers = 0;
let totalOrders = 0;

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  const adminRow = await createAdmin(prisma);
  const aliceRow = await createUser(prisma, { username: 'alice', email: 'alice@example.com' });
  const bobRow = await createUser(prisma, { username: 'bob', email: 'bob@example.com' });
  const deletedRow = await createUser(prisma, { deletedAt: new Date(), isActive: false });
  await createProfile(prisma, aliceRow.id, {
    taxIdEncrypted: encryptSecret('TAX-ALICE-1', server.config.ENCRYPTION_KEY),
  });
  const product = await createProduct(prisma);
  const aliceOrder = await createOrder(prisma, aliceRow.id, [
    { productId: product.id, quantity: 1, unitPrice: '5.00' },
  ]);
  const bobOrder = await createOrder(prisma, bobRow.id, [{ productId: product.id, quantity: 2, unitPrice: '5.00' }]);
  const audit = await createAuditLog(prisma, { actorId: adminRow.id });
  viewers.self = { userId: aliceRow.id, role: 'CUSTOMER' };
  viewers.other = { userId: bobRow.id, role: 'CUSTOMER' };
  viewers.admin = { userId: adminRow.id, role: 'ADMIN' };
  alice = aliceRow;
  bob = bobRow;
  deleted = deletedRow;
  Object.assign(ids, {
    aliceOrder: aliceOrder.id,
    aliceOrderNumber: aliceOrder.orderNumber,
    aliceItem: aliceOrder.items[0]!.id,
    bobOrder: bobOrder.id,
    bobOrderNumber: bobOrder.orderNumber,
    product: product.id,
    audit: audit.id,
  });
  totalUsers = await prisma.user.count({ where: { deletedAt: null } });
  totalOrders = await prisma.order.count();
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const as = (who: Who) => ({ as: viewers[who] });
const gid = (type: string, id: number) => encodeGlobalID(type, id);

/** `ok` (with the data check), or the error code the field must fail with. */
function expectOutcome<T>(response: GraphQLResponse<T>, outcome: string | ((data: T) => void)) {
  if (typeof outcome === 'string') {
    expect(errorCodes(response)).toEqual([outcome]);
  } else {
    expect(response.errors).toBeUndefined();
    outcome(response.data!);
  }
}

describe('user reads', () => {
  it.each<[Who, string | null]>([
    ['anonymous', null],
    ['self', 'self'],
    ['admin', 'admin'],
  ])('me as %s', async (who, expected) => {
    const response = await server.execute(Me, {}, as(who));
    expect(response.errors).toBeUndefined();
    expect(response.data?.me?.rowId ?? null).toBe(expected === null ? null : viewers[expected as Who]!.userId);
  });

  it.each<[Who, string | null]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['self', null],
    ['other', 'FORBIDDEN'],
    ['admin', null],
  ])('user, userByEmail, userByUsername of a customer as %s', async (who, code) => {
    const responses: GraphQLResponse<unknown>[] = [
      await server.execute(UserById, { id: gid('User', alice.id) }, as(who)),
      await server.execute(UserByEmail, { email: 'ALICE@example.com' }, as(who)),
      await server.execute(UserByUsername, { username: 'Alice' }, as(who)),
    ];
    for (const response of responses) {
      expectOutcome(
        response,
        code ?? ((data) => expect(Object.values(data as object)[0]).toMatchObject({ rowId: alice.id })),
      );
    }
  });

  it('a customer cannot probe for other users: unknown ids and emails are FORBIDDEN too; admins get null', async () => {
    expect(errorCodes(await server.execute(UserById, { id: gid('User', 999_999) }, as('self')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await server.execute(UserByEmail, { email: 'nobody@example.com' }, as('self')))).toEqual([
      'FORBIDDEN',
    ]);
    const missing = await server.execute(UserById, { id: gid('User', 999_999) }, as('admin'));
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.user).toBeNull();
  });

  it('taxId is decrypted for the owner and admins', async () => {
    for (const who of ['self', 'admin'] as const) {
      const response = await server.execute(UserById, { id: gid('User', alice.id) }, as(who));
      expect(response.data?.user?.profile?.taxId).toBe('TAX-ALICE-1');
    }
  });

  it.each<[Who, string | null]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['self', null],
    ['admin', null],
  ])('users list as %s', async (who, code) => {
    const response = await server.execute(Users, {}, as(who));
    expectOutcome(
      response,
      code ??
        ((data) => {
          const rowIds = data.users.nodes.map((node) => node.rowId);
          if (who === 'self') expect(rowIds).toEqual([alice.id]);
          else expect(data.users.totalCount).toBe(totalUsers);
          expect(rowIds).not.toContain(deleted.id);
        }),
    );
  });

  it('soft-deleted users: in lists only for admins asking includeDeleted; by id for admins only', async () => {
    const adminList = await server.execute(Users, { includeDeleted: true }, as('admin'));
    expect(adminList.data?.users.nodes.map((node) => node.rowId)).toContain(deleted.id);
    expect(adminList.data?.users.totalCount).toBe(totalUsers + 1);
    const customerList = await server.execute(Users, { includeDeleted: true }, as('self'));
    expect(customerList.data?.users.nodes.map((node) => node.rowId)).toEqual([alice.id]);
    const byAdmin = await server.execute(UserById, { id: gid('User', deleted.id) }, as('admin'));
    expect(byAdmin.data?.user?.rowId).toBe(deleted.id);
    // A soft-deleted account's tokens stop working at once.
    const bySelf = await server.execute(
      UserById,
      { id: gid('User', deleted.id) },
      { as: { userId: deleted.id, role: 'CUSTOMER' } },
    );
    expect(errorCodes(bySelf)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('order reads', () => {
  it.each<[Who, string | null]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['self', null],
    ['other', 'FORBIDDEN'],
    ['admin', null],
  ])('order and orderByNumber of a customer as %s', async (who, code) => {
    const responses: GraphQLResponse<unknown>[] = [
      await server.execute(OrderById, { id: gid('Order', ids.aliceOrder) }, as(who)),
      await server.execute(OrderByNumber, { orderNumber: ids.aliceOrderNumber }, as(who)),
    ];
    for (const response of responses) {
      expectOutcome(
        response,
        code ?? ((data) => expect(Object.values(data as object)[0]).toEqual({ rowId: ids.aliceOrder })),
      );
    }
  });

  it.each<[Who, string | null]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['self', null],
    ['other', null],
    ['admin', null],
  ])('orders list as %s', async (who, code) => {
    const response = await server.execute(Orders, {}, as(who));
    expectOutcome(
      response,
      code ??
        ((data) => {
          if (who === 'admin') {
            expect(data.orders.totalCount).toBe(totalOrders);
          } else {
            expect(data.orders.totalCount).toBe(1);
            expect(data.orders.nodes[0]!.customer.rowId).toBe(viewers[who]!.userId);
          }
        }),
    );
  });
});

describe('audit log and node/nodes', () => {
  it.each<[Who, string | null]>([
    ['anonymous', 'UNAUTHENTICATED'],
    ['self', 'FORBIDDEN'],
    ['admin', null],
  ])('auditLog as %s', async (who, code) => {
    expectOutcome(
      await server.execute(AuditLog, {}, as(who)),
      code ?? ((data) => expect(data.auditLog.totalCount).toBe(1)),
    );
  });

  it.each<[Who, Record<string, string | null>]>([
    [
      'anonymous',
      {
        User: 'UNAUTHENTICATED',
        Order: 'UNAUTHENTICATED',
        OrderItem: 'UNAUTHENTICATED',
        AuditLogEntry: 'UNAUTHENTICATED',
        Product: null,
      },
    ],
    ['self', { User: null, Order: null, OrderItem: null, AuditLogEntry: 'FORBIDDEN', Product: null }],
    [
      'other',
      { User: 'FORBIDDEN', Order: 'FORBIDDEN', OrderItem: 'FORBIDDEN', AuditLogEntry: 'FORBIDDEN', Product: null },
    ],
    ['admin', { User: null, Order: null, OrderItem: null, AuditLogEntry: null, Product: null }],
  ])('node(id) as %s', async (who, expected) => {
    const rowIds: Record<string, number> = {
      User: alice.id,
      Order: ids.aliceOrder,
      OrderItem: ids.aliceItem,
      AuditLogEntry: ids.audit,
      Product: ids.product,
    };
    for (const [type, code] of Object.entries(expected)) {
      const response = await server.execute(Node, { id: gid(type, rowIds[type]!) }, as(who));
      expectOutcome(
        response,
        code ?? ((data) => expect(data.node).toEqual({ __typename: type, id: gid(type, rowIds[type]!) })),
      );
    }
  });

  it('nodes(ids) answers per id: allowed ones resolve, others fail at their index', async () => {
    const response = await server.execute(
      Nodes,
      { ids: [gid('User', alice.id), gid('Order', ids.bobOrder), gid('Product', ids.product), gid('User', bob.id)] },
      as('self'),
    );
    expect(response.data?.nodes).toEqual([
      { __typename: 'User', id: gid('User', alice.id) },
      null,
      { __typename: 'Product', id: gid('Product', ids.product) },
      null,
    ]);
    expect(response.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['nodes', 1], 'FORBIDDEN'],
      [['nodes', 3], 'FORBIDDEN'],
    ]);
  });

  it('anonymous callers read products', async () => {
    const response = await server.execute(Products, {}, as('anonymous'));
    expect(response.errors).toBeUndefined();
    expect(response.data?.products.totalCount).toBe(1);
  });
});
