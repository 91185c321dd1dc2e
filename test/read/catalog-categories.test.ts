import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInQueryScope } from '../../src/db/query-observer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const CategoryFields = graphql(`
  query CatalogCategoryFields($id: ID!) {
    category(id: $id) {
      id
      rowId
      name
      slug
      description
      path
      depth
      productCount
      parent {
        name
      }
      children {
        name
      }
    }
  }
`);

const CategoryBySlug = graphql(`
  query CatalogCategoryBySlug($slug: String!) {
    categoryBySlug(slug: $slug) {
      rowId
      path
      depth
    }
  }
`);

const Categories = graphql(`
  query CatalogCategories($parentId: ID) {
    categories(parentId: $parentId) {
      name
      path
      depth
      productCount
    }
  }
`);

const CategoryTree = graphql(`
  query CatalogCategoryTree {
    categoryTree {
      parentId
      level
      path
      category {
        id
        rowId
        name
        path
        depth
        productCount
        parent {
          rowId
        }
        children {
          rowId
        }
      }
    }
  }
`);

let server: TestServer;
const ids: Record<string, number> = {};
let customer = { userId: 0, role: 'CUSTOMER' as const };
let admin = { userId: 0, role: 'ADMIN' as const };

/**
 * Books
 *   Fiction
 * Electronics
 *   Computers
 *     Desktops
 *     Laptops   (2 active + 1 inactive products)
 *   Phones
 * Home
 *   Zen
 * Home-Office  (a text sort of the joined paths would put it before "Home > Zen")
 */
beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  const make = async (name: string, parent?: string) => {
    const category = await createCategory(prisma, {
      name,
      slug: name.toLowerCase(),
      parentId: parent === undefined ? null : ids[parent]!,
    });
    ids[name] = category.id;
  };
  // Created out of order so that ids do not give the expected order for free.
  await make('Home-Office');
  await make('Electronics');
  await make('Phones', 'Electronics');
  await make('Computers', 'Electronics');
  await make('Laptops', 'Computers');
  await make('Desktops', 'Computers');
  await make('Books');
  await make('Fiction', 'Books');
  await make('Home');
  await make('Zen', 'Home');
  await createProduct(prisma, { categoryId: ids['Laptops']! });
  await createProduct(prisma, { categoryId: ids['Laptops']! });
  await createProduct(prisma, { categoryId: ids['Laptops']!, isActive: false });
  await createProduct(prisma, { categoryId: ids['Computers']! });
  await createProduct(prisma, { categoryId: null });
  customer = { userId: (await createUser(prisma)).id, role: 'CUSTOMER' };
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
});
afterAll(() => server.close());

const categoryId = (name: string) => encodeGlobalID('Category', ids[name]!);

describe('Category fields', () => {
  it('gives path and depth on a three-level tree, anonymously', async () => {
    const response = await server.execute(CategoryFields, { id: categoryId('Laptops') });
    expect(response.errors).toBeUndefined();
    expect(response.data?.category).toEqual({
      id: categoryId('Laptops'),
      rowId: ids['Laptops'],
      name: 'Laptops',
      slug: 'laptops',
      description: null,
      path: 'Electronics > Computers > Laptops',
      depth: 2,
      productCount: 2,
      parent: { name: 'Computers' },
      children: [],
    });
  });

  it('gives a root depth 0, its own name as path and children by name', async () => {
    const response = await server.execute(CategoryFields, { id: categoryId('Electronics') });
    expect(response.data?.category).toMatchObject({
      path: 'Electronics',
      depth: 0,
      productCount: 0,
      parent: null,
      children: [{ name: 'Computers' }, { name: 'Phones' }],
    });
  });

  it('counts products directly in the category, inactive ones for admins only', async () => {
    const asCustomer = await server.execute(CategoryFields, { id: categoryId('Laptops') }, { as: customer });
    const asAdmin = await server.execute(CategoryFields, { id: categoryId('Laptops') }, { as: admin });
    const computers = await server.execute(CategoryFields, { id: categoryId('Computers') }, { as: admin });
    expect(asCustomer.data?.category?.productCount).toBe(2);
    expect(asAdmin.data?.category?.productCount).toBe(3);
    expect(computers.data?.category?.productCount).toBe(1);
  });

  it('finds a category by slug', async () => {
    const response = await server.execute(CategoryBySlug, { slug: 'desktops' });
    expect(response.data?.categoryBySlug).toEqual({
      rowId: ids['Desktops'],
      path: 'Electronics > Computers > Desktops',
      depth: 2,
    });
    const missing = await server.execute(CategoryBySlug, { slug: 'no-such-slug' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data?.categoryBySlug).toBeNull();
  });

  it('answers null for an unknown category and BAD_USER_INPUT for a malformed or foreign ID', async () => {
    const unknown = await server.execute(CategoryFields, { id: encodeGlobalID('Category', 999_999) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.category).toBeNull();
    const malformed = await server.execute(CategoryFields, { id: 'not-an-id' });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors?.[0]?.extensions?.['field']).toBe('id');
    const foreign = await server.execute(CategoryFields, { id: encodeGlobalID('Product', ids['Laptops']!) });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('categories', () => {
  it('lists the roots by name when parentId is null', async () => {
    const response = await server.execute(Categories, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.categories).toEqual([
      { name: 'Books', path: 'Books', depth: 0, productCount: 0 },
      { name: 'Electronics', path: 'Electronics', depth: 0, productCount: 0 },
      { name: 'Home', path: 'Home', depth: 0, productCount: 0 },
      { name: 'Home-Office', path: 'Home-Office', depth: 0, productCount: 0 },
    ]);
  });

  it('lists the children of a category', async () => {
    const response = await server.execute(Categories, { parentId: categoryId('Computers') });
    expect(response.data?.categories).toEqual([
      { name: 'Desktops', path: 'Electronics > Computers > Desktops', depth: 2, productCount: 0 },
      { name: 'Laptops', path: 'Electronics > Computers > Laptops', depth: 2, productCount: 2 },
    ]);
  });

  it('rejects a parentId of another type', async () => {
    const response = await server.execute(Categories, { parentId: encodeGlobalID('User', 1) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.['field']).toBe('parentId');
  });
});

describe('categoryTree', () => {
  it('walks the whole tree depth-first with levels, paths and parent IDs', async () => {
    const response = await server.execute(CategoryTree, {});
    expect(response.errors).toBeUndefined();
    const expected: Array<[string, string | null, number, string]> = [
      ['Books', null, 0, 'Books'],
      ['Fiction', 'Books', 1, 'Books > Fiction'],
      ['Electronics', null, 0, 'Electronics'],
      ['Computers', 'Electronics', 1, 'Electronics > Computers'],
      ['Desktops', 'Computers', 2, 'Electronics > Computers > Desktops'],
      ['Laptops', 'Computers', 2, 'Electronics > Computers > Laptops'],
      ['Phones', 'Electronics', 1, 'Electronics > Phones'],
      ['Home', null, 0, 'Home'],
      ['Zen', 'Home', 1, 'Home > Zen'],
      ['Home-Office', null, 0, 'Home-Office'],
    ];
    const nodes = response.data?.categoryTree ?? [];
    expect(nodes.map((node) => [node.category.name, node.parentId, node.level, node.path])).toEqual(
      expected.map(([name, parent, level, path]) => [name, parent === null ? null : categoryId(parent), level, path]),
    );
    for (const node of nodes) {
      expect(node.category.path).toBe(node.path);
      expect(node.category.depth).toBe(node.level);
      expect(node.category.parent?.rowId ?? null).toBe(
        node.parentId === null ? null : ids[expected.find(([name]) => name === node.category.name)![1]!],
      );
    }
    const laptops = nodes.find((node) => node.category.name === 'Laptops');
    expect(laptops?.category.productCount).toBe(2);
    const computers = nodes.find((node) => node.category.name === 'Computers');
    expect(computers?.category.children.map((child) => child.rowId)).toEqual([ids['Desktops'], ids['Laptops']]);
  });

  it('costs the same number of statements however large the tree is', async () => {
    const count = async () => {
      const scope = { statementCount: 0 };
      const response = await runInQueryScope(scope, () => server.execute(CategoryTree, {}));
      expect(response.errors).toBeUndefined();
      return scope.statementCount;
    };
    const before = await count();
    for (let i = 0; i < 5; i += 1) {
      await createCategory(server.db.prisma, { name: `Extra ${i}`, parentId: ids['Zen']! });
    }
    const after = await count();
    expect(after).toBe(before);
    // The CTE, product counts, and Pothos' batched fallback for parent/children (rows + each relation).
    expect(before).toBeLessThanOrEqual(5);
  });
});
