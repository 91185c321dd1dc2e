import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, type TestServer } from '../support/server.js';

const CreateCategory = graphql(`
  mutation AuthzCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
    }
  }
`);
const UpdateCategory = graphql(`
  mutation AuthzUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      id
    }
  }
`);
const DeleteCategory = graphql(`
  mutation AuthzDeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);
const CreateProduct = graphql(`
  mutation AuthzCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
    }
  }
`);
const UpdateProduct = graphql(`
  mutation AuthzUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
    }
  }
`);
const BulkUpdatePrices = graphql(`
  mutation AuthzBulkUpdatePrices($updates: [PriceUpdateInput!]!) {
    bulkUpdatePrices(updates: $updates) {
      count
    }
  }
`);
const AdjustStock = graphql(`
  mutation AuthzAdjustStock($productId: ID!, $delta: Int!) {
    adjustStock(productId: $productId, delta: $delta) {
      id
    }
  }
`);
const DeleteProduct = graphql(`
  mutation AuthzDeleteProduct($id: ID!) {
    deleteProduct(id: $id)
  }
`);
const PlaceOrder = graphql(`
  mutation AuthzPlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
    }
  }
`);
const CancelOrder = graphql(`
  mutation AuthzCancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      id
    }
  }
`);
const UpdateOrderStatus = graphql(`
  mutation AuthzUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
    updateOrderStatus(id: $id, status: $status) {
      id
    }
  }
`);
const TransferOrder = graphql(`
  mutation AuthzTransferOrder($id: ID!, $toUserId: ID!) {
    transferOrder(id: $id, toUserId: $toUserId) {
      id
    }
  }
`);
const CleanupOldRecords = graphql(`
  mutation AuthzCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {
    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {
      dryRun
    }
  }
`);

type Actor = 'anonymous' | 'customerOnSelf' | 'customerOnOther' | 'admin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface Request {
  // A table of differently typed operations.
  // biome-ignore lint/suspicious/noExplicitAny: each row has its own result and variables types.
  document: TypedDocumentNode<any, any>;
  variables: Record<string, unknown>;
}

interface Case {
  mutation: string;
  /** Fresh fixtures; `ownerId` owns the target where ownership matters. */
  prepare(ownerId: number): Promise<Request>;
  expected: Record<Actor, Outcome>;
}

let server: TestServer;
let admin: Viewer;
let customer: Viewer;
let someoneElse: Viewer;
const gid = encodeGlobalID;

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  someoneElse = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server.close());

const ADMIN_ONLY: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  customerOnSelf: 'FORBIDDEN',
  customerOnOther: 'FORBIDDEN',
  admin: 'OK',
};
const OWNER_OR_ADMIN: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  customerOnSelf: 'OK',
  customerOnOther: 'FORBIDDEN',
  admin: 'OK',
};

async function pendingOrder(ownerId: number) {
  const product = await createProduct(server.db.prisma);
  return createOrder(server.db.prisma, ownerId, [{ productId: product.id, quantity: 1, unitPrice: '10.00' }]);
}

const cases: Case[] = [
  {
    mutation: 'createCategory',
    expected: ADMIN_ONLY,
    prepare: async () => ({ document: CreateCategory, variables: { input: { name: `Authz ${Math.random()}` } } }),
  },
  {
    mutation: 'updateCategory',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const category = await createCategory(server.db.prisma);
      return { document: UpdateCategory, variables: { id: gid('Category', category.id), input: { name: 'Renamed' } } };
    },
  },
  {
    mutation: 'deleteCategory',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const category = await createCategory(server.db.prisma);
      return { document: DeleteCategory, variables: { id: gid('Category', category.id) } };
    },
  },
  {
    mutation: 'createProduct',
    expected: ADMIN_ONLY,
    prepare: async () => ({
      document: CreateProduct,
      variables: { input: { sku: `AUTHZ-${Math.random().toString(36).slice(2, 9)}`, name: 'Authz', price: '1.00' } },
    }),
  },
  {
    mutation: 'updateProduct',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const product = await createProduct(server.db.prisma);
      return { document: UpdateProduct, variables: { id: gid('Product', product.id), input: { price: '2.00' } } };
    },
  },
  {
    mutation: 'bulkUpdatePrices',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const product = await createProduct(server.db.prisma);
      return {
        document: BulkUpdatePrices,
        variables: { updates: [{ productId: gid('Product', product.id), price: '3.00' }] },
      };
    },
  },
  {
    mutation: 'adjustStock',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const product = await createProduct(server.db.prisma);
      return { document: AdjustStock, variables: { productId: gid('Product', product.id), delta: -1 } };
    },
  },
  {
    mutation: 'deleteProduct',
    expected: ADMIN_ONLY,
    prepare: async () => {
      const product = await createProduct(server.db.prisma);
      return { document: DeleteProduct, variables: { id: gid('Product', product.id) } };
    },
  },
  {
    // "On other": ordering on someone else's behalf (customerId).
    mutation: 'placeOrder',
    expected: { anonymous: 'UNAUTHENTICATED', customerOnSelf: 'OK', customerOnOther: 'FORBIDDEN', admin: 'OK' },
    prepare: async (ownerId) => {
      const product = await createProduct(server.db.prisma);
      return {
        document: PlaceOrder,
        variables: {
          input: { customerId: gid('User', ownerId), items: [{ productId: gid('Product', product.id), quantity: 1 }] },
        },
      };
    },
  },
  {
    mutation: 'cancelOrder',
    expected: OWNER_OR_ADMIN,
    prepare: async (ownerId) => ({
      document: CancelOrder,
      variables: { id: gid('Order', (await pendingOrder(ownerId)).id) },
    }),
  },
  {
    mutation: 'updateOrderStatus',
    expected: ADMIN_ONLY,
    prepare: async (ownerId) => ({
      document: UpdateOrderStatus,
      variables: { id: gid('Order', (await pendingOrder(ownerId)).id), status: 'CONFIRMED' },
    }),
  },
  {
    mutation: 'transferOrder',
    expected: ADMIN_ONLY,
    prepare: async (ownerId) => {
      const target = await createUser(server.db.prisma);
      return {
        document: TransferOrder,
        variables: { id: gid('Order', (await pendingOrder(ownerId)).id), toUserId: gid('User', target.id) },
      };
    },
  },
  {
    mutation: 'cleanupOldRecords',
    expected: ADMIN_ONLY,
    prepare: async () => ({ document: CleanupOldRecords, variables: { olderThanDays: 30, dryRun: false } }),
  },
];

const ACTORS: Actor[] = ['anonymous', 'customerOnSelf', 'customerOnOther', 'admin'];

describe('authorization matrix of the catalog, order and cleanup mutations', () => {
  const rows = cases.flatMap((testCase) =>
    ACTORS.map((actor) => [testCase.mutation, actor, testCase.expected[actor], testCase] as const),
  );

  it.each(rows)('%s as %s -> %s', async (_mutation, actor, expected, testCase) => {
    const viewer = actor === 'anonymous' ? null : actor === 'admin' ? admin : customer;
    // The target belongs to the calling customer, except for customerOnOther (and for anonymous/admin: to a customer).
    const ownerId = actor === 'customerOnOther' ? someoneElse.userId : customer.userId;
    const { document, variables } = await testCase.prepare(ownerId);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(document, variables, viewer ? { as: viewer } : {});
    if (expected === 'OK') {
      expect(response.errors).toBeUndefined();
      return;
    }
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([expected]);
    expect(response.data ?? null).toBeNull();
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });
});

describe('access is checked before input', () => {
  it('answers UNAUTHENTICATED / FORBIDDEN rather than BAD_USER_INPUT to callers who may not use the mutation', async () => {
    const input = { name: '' };
    expect((await server.execute(CreateCategory, { input })).errors?.map((e) => e.extensions?.['code'])).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(
      (await server.execute(CreateCategory, { input }, { as: customer })).errors?.map((e) => e.extensions?.['code']),
    ).toEqual(['FORBIDDEN']);
    expect(
      (await server.execute(CreateCategory, { input }, { as: admin })).errors?.map((e) => e.extensions?.['code']),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
