import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createCategory, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: { userId: number; role: 'ADMIN' };
let customer: { userId: number; role: 'CUSTOMER' };

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server?.close());

const SoftDeleteUsers = `mutation($ids: [ID!]!) { softDeleteUsers(ids: $ids) { count } }`;
const UpdateProducts = `mutation($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean) {
  updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) { dryRun count } }`;
const userId = (id: number) => encodeGlobalID('User', id);

describe('softDeleteUsers', () => {
  it('soft-deletes every listed user in one transaction, auditing each; already deleted ones are not counted', async () => {
    const users = [
      await createUser(server.db.prisma),
      await createUser(server.db.prisma),
      await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false }),
    ];
    const response = await server.execute(
      SoftDeleteUsers,
      { ids: users.map((user) => userId(user.id)) },
      { as: admin },
    );
    expect(response).toEqual({ data: { softDeleteUsers: { count: 2 } } });
    const rows = await server.db.prisma.user.findMany({ where: { id: { in: users.map((user) => user.id) } } });
    for (const row of rows) {
      expect(row.deletedAt).not.toBeNull();
      expect(row.isActive).toBe(false);
    }
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'User', entityId: { in: users.slice(0, 2).map((user) => String(user.id)) } },
    });
    expect(audits).toHaveLength(2);
    expect(audits[0]!.changes).toMatchObject({
      isActive: { old: true, new: false },
      _meta: { softDeleted: true, bulk: true },
    });
  });

  it('changes nothing when one id is unknown, refuses the caller’s own id, and is for admins only', async () => {
    const user = await createUser(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    expect(
      errorCodes(await server.execute(SoftDeleteUsers, { ids: [userId(user.id), userId(999_999)] }, { as: admin })),
    ).toEqual(['NOT_FOUND']);
    expectBadUserInput(
      await server.execute(SoftDeleteUsers, { ids: [userId(user.id), userId(admin.userId)] }, { as: admin }),
      'ids.1',
    );
    expect(errorCodes(await server.execute(SoftDeleteUsers, { ids: [userId(user.id)] }, { as: customer }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      errorCodes(
        await server.execute(
          SoftDeleteUsers,
          { ids: Array.from({ length: 1001 }, (_, i) => userId(i + 1)) },
          { as: admin },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });
});

describe('updateProducts', () => {
  it('only counts by default (dryRun), then applies price, tags and category changes exactly, auditing each row', async () => {
    const category = await createCategory(server.db.prisma);
    const products = [
      await createProduct(server.db.prisma, { price: '10.00', tags: ['sale', 'old'], sku: 'BULK-A' }),
      await createProduct(server.db.prisma, { price: '0.05', tags: [], sku: 'BULK-B' }),
      await createProduct(server.db.prisma, { price: '19.99', tags: ['old'], sku: 'BULK-C' }),
    ];
    const filter = { sku: { startsWith: 'BULK-' } };
    const changes = {
      priceChangePercent: '-10.00',
      addTags: ['Clearance '],
      removeTags: ['old'],
      categoryId: encodeGlobalID('Category', category.id),
    };
    const before = await rowCounts(server.db.prisma);
    expect(await server.execute(UpdateProducts, { filter, changes }, { as: admin })).toEqual({
      data: { updateProducts: { dryRun: true, count: 3 } },
    });
    expect(await rowCounts(server.db.prisma)).toEqual(before);

    expect(await server.execute(UpdateProducts, { filter, changes, dryRun: false }, { as: admin })).toEqual({
      data: { updateProducts: { dryRun: false, count: 3 } },
    });
    const rows = await server.db.prisma.product.findMany({
      where: { sku: { startsWith: 'BULK-' } },
      orderBy: { sku: 'asc' },
    });
    expect(rows.map((row) => [row.sku, row.price.toFixed(2), row.tags, row.categoryId])).toEqual([
      ['BULK-A', '9.00', ['sale', 'clearance'], category.id],
      ['BULK-B', '0.05', ['clearance'], category.id],
      ['BULK-C', '17.99', ['clearance'], category.id],
    ]);
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'Product', entityId: { in: products.map((p) => String(p.id)) } },
    });
    expect(audits).toHaveLength(3);
    const events = await server.db.prisma.domainEvent.findMany({
      where: { kind: 'PRODUCT_UPDATED', entityId: { in: products.map((p) => p.id) } },
    });
    expect(events).toHaveLength(3);
  });

  it('never takes a price below 0.00, and counts only rows that changed', async () => {
    await createProduct(server.db.prisma, { price: '3.00', sku: 'FREE-A' });
    const response = await server.execute(
      UpdateProducts,
      { filter: { sku: { startsWith: 'FREE-' } }, changes: { priceChangePercent: '-100.00' }, dryRun: false },
      { as: admin },
    );
    expect(response.data).toEqual({ updateProducts: { dryRun: false, count: 1 } });
    expect((await server.db.prisma.product.findFirstOrThrow({ where: { sku: 'FREE-A' } })).price.toFixed(2)).toBe(
      '0.00',
    );
    const again = await server.execute(
      UpdateProducts,
      { filter: { sku: { startsWith: 'FREE-' } }, changes: { priceChangePercent: '-100.00' }, dryRun: false },
      { as: admin },
    );
    expect(again.data).toEqual({ updateProducts: { dryRun: false, count: 0 } });
  });

  it('changes nothing on bad input and is for admins only', async () => {
    await createProduct(server.db.prisma, { sku: 'SAFE-A', price: '5.00' });
    const before = await rowCounts(server.db.prisma);
    const filter = { sku: { startsWith: 'SAFE-' } };
    expectBadUserInput(
      await server.execute(
        UpdateProducts,
        { filter, changes: { categoryId: encodeGlobalID('Category', 999_999) }, dryRun: false },
        { as: admin },
      ),
      'changes.categoryId',
    );
    expectBadUserInput(
      await server.execute(UpdateProducts, { filter, changes: {}, dryRun: false }, { as: admin }),
      'changes',
    );
    expect(
      errorCodes(await server.execute(UpdateProducts, { filter, changes: { isActive: false } }, { as: customer })),
    ).toEqual(['FORBIDDEN']);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    expect((await server.db.prisma.product.findFirstOrThrow({ where: { sku: 'SAFE-A' } })).price.toFixed(2)).toBe(
      '5.00',
    );
  });
});
