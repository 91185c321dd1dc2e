import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createProduct } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const CreateCategory = graphql(`
  mutation CatalogMutCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      id
      rowId
      name
      slug
      description
      parent {
        rowId
      }
    }
  }
`);

const UpdateCategory = graphql(`
  mutation CatalogMutUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {
    updateCategory(id: $id, input: $input) {
      rowId
      name
      slug
      description
      parent {
        rowId
      }
    }
  }
`);

const DeleteCategory = graphql(`
  mutation CatalogMutDeleteCategory($id: ID!) {
    deleteCategory(id: $id)
  }
`);

let server: TestServer;
let admin: Viewer;
const categoryId = (id: number) => encodeGlobalID('Category', id);

beforeAll(async () => {
  server = await createTestServer();
  const row = await createAdmin(server.db.prisma);
  admin = { userId: row.id, role: 'ADMIN' };
});
afterAll(() => server.close());

describe('createCategory', () => {
  it('creates a root category with a slug derived from the name, audited in the same transaction', async () => {
    const response = await server.execute(CreateCategory, { input: { name: '  Home & Garden ' } }, { as: admin });
    expect(response.errors).toBeUndefined();
    const created = response.data!.createCategory;
    expect(created).toMatchObject({ name: 'Home & Garden', slug: 'home-garden', description: null, parent: null });
    expect(created.id).toBe(categoryId(created.rowId));
    const row = await server.db.prisma.category.findUniqueOrThrow({ where: { id: created.rowId } });
    expect(row).toMatchObject({ name: 'Home & Garden', slug: 'home-garden', parentId: null });
    const audit = await server.db.prisma.auditLog.findMany({
      where: { entity: 'Category', entityId: String(created.rowId) },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'CREATE', actorId: admin.userId });
    expect(audit[0]!.changes).toMatchObject({
      name: { old: null, new: 'Home & Garden' },
      slug: { old: null, new: 'home-garden' },
    });
  });

  it('keeps non-Latin letters in generated slugs and accepts an explicit slug and a parent', async () => {
    const parent = await createCategory(server.db.prisma);
    const chinese = await server.execute(CreateCategory, { input: { name: '电子产品' } }, { as: admin });
    expect(chinese.data?.createCategory.slug).toBe('电子产品');
    const child = await server.execute(
      CreateCategory,
      { input: { name: 'Laptops', slug: 'laptops-2026', description: 'Portable', parentId: categoryId(parent.id) } },
      { as: admin },
    );
    expect(child.errors).toBeUndefined();
    expect(child.data?.createCategory).toMatchObject({
      slug: 'laptops-2026',
      description: 'Portable',
      parent: { rowId: parent.id },
    });
  });

  it('reports a taken slug (given or generated) as CONFLICT naming slug and writes nothing', async () => {
    await createCategory(server.db.prisma, { name: 'Toys', slug: 'toys' });
    const before = await rowCounts(server.db.prisma);
    for (const input of [{ name: 'Other', slug: 'toys' }, { name: 'Toys' }]) {
      const response = await server.execute(CreateCategory, { input }, { as: admin });
      expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'CONFLICT', field: 'slug' }]);
    }
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it.each([
    ['name', { name: '' }],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(101) }],
    ['slug', { name: 'Valid', slug: 'Not A Slug' }],
    ['slug', { name: 'Valid', slug: 'double--hyphen' }],
    ['slug', { name: 'Valid', slug: 'x'.repeat(121) }],
    ['slug', { name: '!!!' }],
    ['description', { name: 'Valid', description: 'x'.repeat(10_001) }],
    ['parentId', { name: 'Valid', parentId: 'not-an-id' }],
    ['parentId', { name: 'Valid', parentId: encodeGlobalID('Product', 1) }],
    ['parentId', { name: 'Valid', parentId: categoryId(999_999) }],
  ])('rejects a bad %s with BAD_USER_INPUT and changes nothing (%j)', async (field, input) => {
    const before = await rowCounts(server.db.prisma);
    expectBadUserInput(await server.execute(CreateCategory, { input }, { as: admin }), field);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });
});

describe('updateCategory', () => {
  it('changes only the given fields, keeps the slug on rename, and audits old/new values', async () => {
    const category = await createCategory(server.db.prisma, { name: 'Books', slug: 'books', description: 'Paper' });
    const response = await server.execute(
      UpdateCategory,
      { id: categoryId(category.id), input: { name: 'Books & Comics' } },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateCategory).toMatchObject({
      name: 'Books & Comics',
      slug: 'books',
      description: 'Paper',
    });
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Category', entityId: String(category.id), action: 'UPDATE' },
    });
    expect(audit.changes).toEqual({ name: { old: 'Books', new: 'Books & Comics' } });
  });

  it('moves a category under another one and back to the root with parentId null', async () => {
    const a = await createCategory(server.db.prisma);
    const b = await createCategory(server.db.prisma);
    const moved = await server.execute(
      UpdateCategory,
      { id: categoryId(b.id), input: { parentId: categoryId(a.id) } },
      { as: admin },
    );
    expect(moved.data?.updateCategory.parent).toEqual({ rowId: a.id });
    const root = await server.execute(
      UpdateCategory,
      { id: categoryId(b.id), input: { parentId: null } },
      { as: admin },
    );
    expect(root.data?.updateCategory.parent).toBeNull();
    expect((await server.db.prisma.category.findUniqueOrThrow({ where: { id: b.id } })).parentId).toBeNull();
  });

  it('refuses to move a category under itself or any descendant (BAD_USER_INPUT parentId), changing nothing', async () => {
    const root = await createCategory(server.db.prisma);
    const child = await createCategory(server.db.prisma, { parentId: root.id });
    const grandchild = await createCategory(server.db.prisma, { parentId: child.id });
    const before = await rowCounts(server.db.prisma);
    for (const target of [root, child, grandchild]) {
      const response = await server.execute(
        UpdateCategory,
        { id: categoryId(root.id), input: { parentId: categoryId(target.id), name: 'Renamed' } },
        { as: admin },
      );
      expectBadUserInput(response, 'parentId');
    }
    const stored = await server.db.prisma.category.findUniqueOrThrow({ where: { id: root.id } });
    expect(stored).toMatchObject({ parentId: null, name: root.name });
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('allows a move within the tree that builds no cycle (child to a sibling branch)', async () => {
    const root = await createCategory(server.db.prisma);
    const left = await createCategory(server.db.prisma, { parentId: root.id });
    const right = await createCategory(server.db.prisma, { parentId: root.id });
    const response = await server.execute(
      UpdateCategory,
      { id: categoryId(right.id), input: { parentId: categoryId(left.id) } },
      { as: admin },
    );
    expect(response.data?.updateCategory.parent).toEqual({ rowId: left.id });
  });

  it('reports a taken slug as CONFLICT naming slug', async () => {
    await createCategory(server.db.prisma, { slug: 'taken-slug' });
    const category = await createCategory(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      UpdateCategory,
      { id: categoryId(category.id), input: { slug: 'taken-slug' } },
      { as: admin },
    );
    expect(response.errors?.map((error) => error.extensions)).toEqual([{ code: 'CONFLICT', field: 'slug' }]);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it.each([
    ['id', 'garbage', {}],
    ['name', null, { name: null }],
    ['name', null, { name: ' ' }],
    ['slug', null, { slug: null }],
    ['slug', null, { slug: 'UPPER' }],
    ['description', null, { description: 'x'.repeat(10_001) }],
    ['parentId', null, { parentId: 'nope' }],
    ['parentId', null, { parentId: categoryId(999_999) }],
  ])('rejects a bad %s with BAD_USER_INPUT (%j %j)', async (field, badId, input) => {
    const category = await createCategory(server.db.prisma);
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      UpdateCategory,
      { id: badId ?? categoryId(category.id), input },
      { as: admin },
    );
    expectBadUserInput(response, field);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('is NOT_FOUND for an unknown category', async () => {
    const response = await server.execute(
      UpdateCategory,
      { id: categoryId(999_999), input: { name: 'X' } },
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});

describe('deleteCategory', () => {
  it('deletes a leaf category, returns its global ID and audits the deletion', async () => {
    const category = await createCategory(server.db.prisma);
    const response = await server.execute(DeleteCategory, { id: categoryId(category.id) }, { as: admin });
    expect(response.data?.deleteCategory).toBe(categoryId(category.id));
    expect(await server.db.prisma.category.findUnique({ where: { id: category.id } })).toBeNull();
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'Category', entityId: String(category.id) },
    });
    expect(audit).toMatchObject({ action: 'DELETE', actorId: admin.userId });
    expect(audit.changes).toMatchObject({ slug: { old: category.slug, new: null } });
  });

  it('is CONFLICT while the category has children or products, and changes nothing', async () => {
    const withChild = await createCategory(server.db.prisma);
    await createCategory(server.db.prisma, { parentId: withChild.id });
    const withProduct = await createCategory(server.db.prisma);
    await createProduct(server.db.prisma, { categoryId: withProduct.id });
    const before = await rowCounts(server.db.prisma);
    const children = await server.execute(DeleteCategory, { id: categoryId(withChild.id) }, { as: admin });
    expect(children.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', children: 1, products: 0 });
    const products = await server.execute(DeleteCategory, { id: categoryId(withProduct.id) }, { as: admin });
    expect(products.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', children: 0, products: 1 });
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('is NOT_FOUND for an unknown category and BAD_USER_INPUT for a malformed ID', async () => {
    expect(errorCodes(await server.execute(DeleteCategory, { id: categoryId(999_999) }, { as: admin }))).toEqual([
      'NOT_FOUND',
    ]);
    expectBadUserInput(await server.execute(DeleteCategory, { id: 'x' }, { as: admin }), 'id');
  });
});
