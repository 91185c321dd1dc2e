import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInQueryScope } from '../../src/db/query-observer.js';
import { graphql } from '../generated/index.js';
import { createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

const ProductsWithAggregates = graphql(`
  query CatalogStatementsProducts($first: Int) {
    products(first: $first) {
      totalCount
      nodes {
        sku
        unitsSold
        revenue
        category {
          path
          depth
          productCount
        }
      }
    }
  }
`);

const NestedCategoryProducts = graphql(`
  query CatalogStatementsNested($first: Int) {
    categories {
      path
      productCount
      children {
        path
        products(first: $first, includeDescendants: true, orderBy: [{ field: UNITS_SOLD, direction: DESC }]) {
          totalCount
          nodes {
            unitsSold
            revenue
            category {
              path
              productCount
              parent {
                name
              }
            }
          }
        }
      }
    }
  }
`);

const TreeWithEverything = graphql(`
  query CatalogStatementsTree {
    categoryTree {
      level
      category {
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
  }
`);

let server: TestServer;

/** 3 roots × 2 children × 2 grandchildren; 72 products spread over all levels; sales on most of them. */
beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  const categories: number[] = [];
  for (let r = 0; r < 3; r += 1) {
    const root = await createCategory(prisma, { name: `Root ${r}` });
    categories.push(root.id);
    for (let c = 0; c < 2; c += 1) {
      const child = await createCategory(prisma, { name: `Child ${r}.${c}`, parentId: root.id });
      categories.push(child.id);
      for (let g = 0; g < 2; g += 1) {
        categories.push((await createCategory(prisma, { name: `Leaf ${r}.${c}.${g}`, parentId: child.id })).id);
      }
    }
  }
  const buyer = await createUser(prisma);
  const products = [];
  for (let i = 0; i < 72; i += 1) {
    products.push(await createProduct(prisma, { categoryId: categories[i % categories.length]!, price: '12.34' }));
  }
  for (let i = 0; i < products.length; i += 3) {
    const lines = products
      .slice(i, i + 3)
      .map((product, k) => ({ productId: product.id, quantity: k + 1, unitPrice: '12.34' }));
    await createOrder(prisma, buyer.id, lines, { status: i % 2 === 0 ? 'DELIVERED' : 'CONFIRMED' });
  }
});
afterAll(() => server.close());

async function statementsFor<T>(run: () => Promise<{ errors?: unknown; data?: T | null }>) {
  const scope = { statementCount: 0 };
  const response = await runInQueryScope(scope, run);
  expect(response.errors).toBeUndefined();
  return { count: scope.statementCount, data: response.data! };
}

describe('catalog statement counts', () => {
  it('products(first: 5) and products(first: 50) with per-row aggregates cost the same statements', async () => {
    const five = await statementsFor(() => server.execute(ProductsWithAggregates, { first: 5 }));
    const fifty = await statementsFor(() => server.execute(ProductsWithAggregates, { first: 50 }));
    expect(five.data.products.nodes).toHaveLength(5);
    expect(fifty.data.products.nodes).toHaveLength(50);
    expect(fifty.data.products.nodes.every((node) => node.category !== null && node.category.path.length > 0)).toBe(
      true,
    );
    expect(fifty.count).toBe(five.count);
    // page, products, their categories (Prisma's relation query), sales, lineage, product counts
    expect(five.count).toBeLessThanOrEqual(6);
  });

  it('pages 20 products by default', async () => {
    const { data } = await statementsFor(() => server.execute(ProductsWithAggregates, {}));
    expect(data.products.nodes).toHaveLength(20);
    expect(data.products.totalCount).toBe(72);
  });

  it('Category.products under a list of categories costs the same for 2 or 30 products per category', async () => {
    const two = await statementsFor(() => server.execute(NestedCategoryProducts, { first: 2 }));
    const thirty = await statementsFor(() => server.execute(NestedCategoryProducts, { first: 30 }));
    const sizes = (data: typeof two.data) =>
      data.categories.flatMap((root) => root.children.map((child) => child.products.nodes.length));
    expect(sizes(two.data)).toEqual([2, 2, 2, 2, 2, 2]);
    // 72 products over 21 categories: each child subtree (child + 2 leaves) holds 72 * 3 / 21 ≈ 10 products.
    expect(sizes(thirty.data).every((size) => size > 2)).toBe(true);
    expect(thirty.count).toBe(two.count);
    // A handful per level of the query (roots, children, their pages, products, categories, parents), never per row.
    expect(two.count).toBeLessThanOrEqual(12);
  });

  it('categoryTree with per-node path, counts and relations does not grow with the tree', async () => {
    const before = await statementsFor(() => server.execute(TreeWithEverything, {}));
    const root = await server.db.prisma.category.findFirstOrThrow({ where: { name: 'Root 0' } });
    for (let i = 0; i < 10; i += 1) {
      const extra = await createCategory(server.db.prisma, { name: `Extra ${i}`, parentId: root.id });
      await createCategory(server.db.prisma, { name: `Extra leaf ${i}`, parentId: extra.id });
    }
    const after = await statementsFor(() => server.execute(TreeWithEverything, {}));
    expect(after.data.categoryTree.length).toBe(before.data.categoryTree.length + 20);
    expect(after.count).toBe(before.count);
    expect(before.count).toBeLessThanOrEqual(5);
  });
});
