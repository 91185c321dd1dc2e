import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const CreateProduct = graphql(`
  mutation CatalogMutCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      rowId
      sku
      name
      description
      price
      cost
      stockQuantity
      isActive
      tags
      category {
        rowId
      }
    }
  }
`);

const UpdateProduct = graphql(`
  mutation CatalogMutUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      rowId
      sku
      name
      description
      price
      cost
      isActive
      tags
      category {
        rowId
      }
    }
  }
`);

const BulkUpdatePrices = graphql(`
  mutation CatalogMutBulkUpdatePrices($updates: [PriceUpdateInput!]!) {
    bulkUpdatePrices(updates: $updates) {
      count
    }
  }
`);

const AdjustStock = graphql(`
  mutation CatalogMutAdjustStock($productId: ID!, $delta: Int!, $reason: String) {
    adjustStock(productId: $productId, delta: $delta, reason: $reason) {
      rowId
      stockQuantity
    }
  }
`);

const DeleteProduct = graphql(`
  mutation CatalogMutDeleteProduct($id: ID!) {
    deleteProduct(id: $id)
  }
`);

let server: TestServer;
let admin: Viewer;
const productId = (id: number) => encodeGlobalID('Product', id);

beforeAll(async () => {
  server = await createTestServer();
  const row = await createAdmin(server.db.prisma);
  admin = { userId: row.id, role: 'ADMIN' };
});
afterAll(() => server.close());

const validInput = (overrides: Record<string, unknown> = {}) => ({
  sku: `NEW-${Math.random().toString(36).slice(2, 10)}`,
  name: 'Desk Lamp',
  price: '12.50',
  ...overrides,
});

describe('createProduct', () => {
  it('creates a product with exact money, normalised tags and defaults, audited', async () => {
    const category = await createCategory(server.db.prisma);
    const response = await server.execute(
      CreateProduct,
      {
        input: validInput({
          sku: 'LAMP-001',
          description: 'Warm light',
          price: '1234567.89',
          cost: '0.10',
          categoryId: encodeGlobalID('Category', category.id),
          tags: [' Home ', 'home', 'LIGHT'],
        }),
      },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    const created = response.data!.createProduct;
    expect(created).toMatchObject({
      sku: 'LAMP-001',
      name: 'Desk Lamp',
      description: 'Warm light',
      price: '1234567.89',
      cost: '0.10',
      stockQuantity: 0,
      isActive: true,
      tags: ['home', 'light'],
      category: { rowId: category.id },
    });
    const [row] = await server.db.prisma.$queryRaw<Array<{ price: string; cost: string }>>`
      SELECT price::text AS price, cost::text AS cost FROM products WHERE id = ${created.rowId}`;
    expect(row).toEqual({ price: '1234567.89', cost: '0.10' });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Product', entityId: String(created.rowId) },
    });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: admin.userId });
    expect(audit.changes).toMatchObject({
      sku: { old: null, new: 'LAMP-001' },
      price: { old: null, new: '1234567.89' },
    });
  });

  it('reports a taken SKU as CONFLICT naming sku and writes nothing', async () => {
    const existing = await createProduct(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(CreateProduct, { input: validInput({ sku: existing.sku }) }, { as: admin });
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'CONFLICT', field: 'sku' }]);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('treats a SKU differing only in case as taken (SKUs are unique ignoring case)', async () => {
    const existing = await createProduct(server.db.prisma, { sku: 'Case-Sku-1' });
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(CreateProduct, { input: validInput({ sku: 'CASE-sku-1' }) }, { as: admin });
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'CONFLICT', field: 'sku' }]);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    const found = await server.execute(`query($sku: String!) { productBySku(sku: $sku) { rowId } }`, {
      sku: 'case-SKU-1',
    });
    expect(found.data).toEqual({ productBySku: { rowId: existing.id } });
  });

  it.each([
    ['sku', { sku: '' }],
    ['sku', { sku: 'has space' }],
    ['sku', { sku: 'x'.repeat(65) }],
    ['name', { name: '' }],
    ['name', { name: '  ' }],
    ['name', { name: 'x'.repeat(201) }],
    ['description', { description: 'x'.repeat(10_001) }],
    ['price', { price: '-0.01' }],
    ['cost', { cost: '-5.00' }],
    ['stockQuantity', { stockQuantity: -1 }],
    ['categoryId', { categoryId: 'garbage' }],
    ['categoryId', { categoryId: encodeGlobalID('User', 1) }],
    ['categoryId', { categoryId: encodeGlobalID('Category', 999_999) }],
    ['tags.1', { tags: ['ok', ' '] }],
    ['tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
  ])('rejects a bad %s with BAD_USER_INPUT and changes nothing (%j)', async (field, overrides) => {
    const before = await rowCounts(server.db.prisma);
    expectBadUserInput(await server.execute(CreateProduct, { input: validInput(overrides) }, { as: admin }), field);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('rejects a malformed Decimal (float digits) as BAD_USER_INPUT', async () => {
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(CreateProduct, { input: validInput({ price: '1.005' }) }, { as: admin });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.['field']).toBe('price');
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });
});

describe('updateProduct', () => {
  it('changes only the given fields and audits exactly those', async () => {
    const category = await createCategory(server.db.prisma);
    const product = await createProduct(server.db.prisma, {
      price: '10.00',
      categoryId: category.id,
      description: 'Old',
    });
    const response = await server.execute(
      UpdateProduct,
      { id: productId(product.id), input: { price: '11.99', categoryId: null, tags: ['Sale'] } },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateProduct).toMatchObject({
      sku: product.sku,
      name: product.name,
      description: 'Old',
      price: '11.99',
      category: null,
      tags: ['sale'],
    });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Product', entityId: String(product.id), action: 'UPDATE' },
    });
    expect(audit.changes).toEqual({
      price: { old: '10.00', new: '11.99' },
      categoryId: { old: category.id, new: null },
      tags: { old: [], new: ['sale'] },
    });
  });

  it('reports a taken SKU as CONFLICT and leaves the product as it was', async () => {
    const other = await createProduct(server.db.prisma);
    const product = await createProduct(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      UpdateProduct,
      { id: productId(product.id), input: { sku: other.sku, name: 'Changed' } },
      { as: admin },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'CONFLICT', field: 'sku' }]);
    expect(await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
      sku: product.sku,
      name: product.name,
    });
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it.each([
    ['id', { name: 'X' }, 'nope'],
    ['sku', { sku: null }, undefined],
    ['sku', { sku: 'bad sku' }, undefined],
    ['name', { name: null }, undefined],
    ['name', { name: '' }, undefined],
    ['price', { price: null }, undefined],
    ['price', { price: '-1.00' }, undefined],
    ['cost', { cost: '-1.00' }, undefined],
    ['isActive', { isActive: null }, undefined],
    ['tags', { tags: null }, undefined],
    ['categoryId', { categoryId: encodeGlobalID('Category', 999_999) }, undefined],
  ])('rejects a bad %s with BAD_USER_INPUT and changes nothing (%j)', async (field, input, badId) => {
    const product = await createProduct(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    expectBadUserInput(
      await server.execute(UpdateProduct, { id: badId ?? productId(product.id), input }, { as: admin }),
      field,
    );
    expect(await rowCounts(server.db.prisma)).toEqual(before);
    expect(await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toEqual(product);
  });

  it('is NOT_FOUND for an unknown product', async () => {
    const response = await server.execute(
      UpdateProduct,
      { id: productId(999_999), input: { name: 'X' } },
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('bulkUpdatePrices', () => {
  it('updates every listed price in one go and returns the count', async () => {
    const a = await createProduct(server.db.prisma, { price: '1.00' });
    const b = await createProduct(server.db.prisma, { price: '2.00' });
    const response = await server.execute(
      BulkUpdatePrices,
      {
        updates: [
          { productId: productId(b.id), price: '20.05' },
          { productId: productId(a.id), price: '10.10' },
        ],
      },
      { as: admin },
    );
    expect(response.data?.bulkUpdatePrices.count).toBe(2);
    const prices = await server.db.prisma.$queryRaw<Array<{ id: number; price: string }>>`
      SELECT id, price::text AS price FROM products WHERE id IN (${a.id}, ${b.id}) ORDER BY id`;
    expect(prices).toEqual([
      { id: a.id, price: '10.10' },
      { id: b.id, price: '20.05' },
    ]);
    const audits = await server.db.prisma.auditLog.count({
      where: { entity: 'Product', entityId: { in: [String(a.id), String(b.id)] }, action: 'UPDATE' },
    });
    expect(audits).toBe(2);
  });

  it.each([
    [
      'updates.1.productId',
      (known: string) => [
        { productId: known, price: '5.00' },
        { productId: productId(999_999), price: '5.00' },
      ],
    ],
    [
      'updates.1.productId',
      (known: string) => [
        { productId: known, price: '5.00' },
        { productId: known, price: '6.00' },
      ],
    ],
    [
      'updates.1.productId',
      (known: string) => [
        { productId: known, price: '5.00' },
        { productId: 'junk', price: '6.00' },
      ],
    ],
    [
      'updates.1.price',
      (known: string) => [
        { productId: known, price: '5.00' },
        { productId: known, price: '-6.00' },
      ],
    ],
  ])('is all or nothing: a bad %s changes no price', async (field, build) => {
    const product = await createProduct(server.db.prisma, { price: '3.00' });
    const before = await rowCounts(server.db.prisma);
    expectBadUserInput(
      await server.execute(BulkUpdatePrices, { updates: build(productId(product.id)) }, { as: admin }),
      field,
    );
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).price.toFixed(2)).toBe(
      '3.00',
    );
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('returns 0 for an empty list', async () => {
    const response = await server.execute(BulkUpdatePrices, { updates: [] }, { as: admin });
    expect(response.data?.bulkUpdatePrices.count).toBe(0);
  });
});

describe('adjustStock', () => {
  it('adds and removes stock down to exactly zero, recording delta and reason in the audit', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 5 });
    const up = await server.execute(
      AdjustStock,
      { productId: productId(product.id), delta: 7, reason: 'delivery' },
      { as: admin },
    );
    expect(up.data?.adjustStock.stockQuantity).toBe(12);
    const down = await server.execute(AdjustStock, { productId: productId(product.id), delta: -12 }, { as: admin });
    expect(down.data?.adjustStock.stockQuantity).toBe(0);
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'Product', entityId: String(product.id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((audit) => audit.changes)).toEqual([
      { stockQuantity: { old: 5, new: 12 }, _meta: { delta: 7, reason: 'delivery' } },
      { stockQuantity: { old: 12, new: 0 }, _meta: { delta: -12, reason: null } },
    ]);
  });

  it('never goes below zero: INSUFFICIENT_STOCK with productId, requested and available, nothing changed', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 3 });
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(AdjustStock, { productId: productId(product.id), delta: -4 }, { as: admin });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'INSUFFICIENT_STOCK',
      productId: productId(product.id),
      requested: 4,
      available: 3,
    });
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(3);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('keeps stock at or above zero under concurrent decrements', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 5 });
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        server.execute(AdjustStock, { productId: productId(product.id), delta: -1 }, { as: admin }),
      ),
    );
    const codes = responses.map((response) => errorCodes(response)[0] ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(5);
    expect(codes.filter((code) => code === 'INSUFFICIENT_STOCK')).toHaveLength(3);
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(0);
  });

  it.each([
    ['delta', 0, undefined, undefined],
    ['delta', 2_147_483_647, undefined, undefined],
    ['productId', 1, 'junk', undefined],
    ['reason', 1, undefined, 'x'.repeat(501)],
  ])('rejects a bad %s with BAD_USER_INPUT', async (field, delta, badId, reason) => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 100 });
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      AdjustStock,
      { productId: badId ?? productId(product.id), delta, reason },
      { as: admin },
    );
    expectBadUserInput(response, field);
    expect((await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stockQuantity).toBe(100);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('is NOT_FOUND for an unknown product', async () => {
    const response = await server.execute(AdjustStock, { productId: productId(999_999), delta: 1 }, { as: admin });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('deleteProduct', () => {
  it('deletes a product that was never ordered', async () => {
    const product = await createProduct(server.db.prisma);
    const response = await server.execute(DeleteProduct, { id: productId(product.id) }, { as: admin });
    expect(response.data?.deleteProduct).toBe(productId(product.id));
    expect(await server.db.prisma.product.findUnique({ where: { id: product.id } })).toBeNull();
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Product', entityId: String(product.id) },
    });
    expect(audit.action).toBe('DELETE');
  });

  it('deactivates an ordered product instead, keeping the order history intact', async () => {
    const customer = await createUser(server.db.prisma);
    const product = await createProduct(server.db.prisma);
    const order = await createOrder(server.db.prisma, customer.id, [
      { productId: product.id, quantity: 1, unitPrice: '10.00' },
    ]);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(DeleteProduct, { id: productId(product.id) }, { as: admin });
    expect(response.data?.deleteProduct).toBe(productId(product.id));
    expect(await server.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
      isActive: false,
    });
    expect(await server.db.prisma.orderItem.count({ where: { orderId: order.id } })).toBe(1);
    expect(await rowCounts(server.db.prisma)).toEqual({ ...before, audit_logs: before['audit_logs']! + 1 });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Product', entityId: String(product.id) },
    });
    expect(audit).toMatchObject({ action: 'UPDATE' });
    expect(audit.changes).toEqual({
      isActive: { old: true, new: false },
      _meta: { deactivatedInsteadOfDeleted: true, orderLines: 1 },
    });
  });

  it('is NOT_FOUND for an unknown product', async () => {
    expect(errorCodes(await server.execute(DeleteProduct, { id: productId(999_999) }, { as: admin }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
