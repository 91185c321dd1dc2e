import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type {
  CatalogCategoryProductsQueryVariables,
  CatalogProductsQuery,
  ProductFilter,
  ProductOrderBy,
} from '../generated/graphql.js';
import { createAdmin, createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const ProductsQuery = graphql(`
  query CatalogProducts(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ProductFilter
    $search: String
    $orderBy: [ProductOrderBy!]
  ) {
    products(first: $first, after: $after, last: $last, before: $before, filter: $filter, search: $search, orderBy: $orderBy) {
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
          sku
        }
      }
      nodes {
        sku
      }
    }
  }
`);

const ProductFieldsQuery = graphql(`
  query CatalogProductFields {
    products(first: 100) {
      nodes {
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
        unitsSold
        revenue
        category {
          name
          path
        }
      }
    }
  }
`);

const ProductLookups = graphql(`
  query CatalogProductLookups($id: ID!, $sku: String!) {
    product(id: $id) {
      sku
      isActive
      cost
    }
    productBySku(sku: $sku) {
      sku
      isActive
      cost
    }
  }
`);

const CategoryProducts = graphql(`
  query CatalogCategoryProducts(
    $id: ID!
    $first: Int
    $last: Int
    $before: String
    $filter: ProductFilter
    $orderBy: [ProductOrderBy!]
    $includeDescendants: Boolean
  ) {
    category(id: $id) {
      products(
        first: $first
        last: $last
        before: $before
        filter: $filter
        orderBy: $orderBy
        includeDescendants: $includeDescendants
      ) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
        }
        nodes {
          sku
        }
      }
    }
  }
`);

const RootCategoriesWithProducts = graphql(`
  query CatalogRootCategoriesWithProducts {
    categories {
      name
      products(first: 1, includeDescendants: true, orderBy: [{ field: PRICE, direction: DESC }]) {
        totalCount
        pageInfo {
          hasNextPage
        }
        nodes {
          sku
        }
      }
    }
  }
`);

let server: TestServer;
const productIds: Record<string, number> = {};
const categoryIds: Record<string, number> = {};
let customer = { userId: 0, role: 'CUSTOMER' as const };
let admin = { userId: 0, role: 'ADMIN' as const };

/**
 * Gear > Bikes > Road, and Other (empty).
 *   BK-001 Alpha Bike       100.00  stock 5   road,carbon        Road   cost 60.00
 *   BK-002 Beta Bike        250.50  stock 0   road               Road
 *   BK-003 Gamma Bike        99.99  stock 10  carbon,gravel,road Bikes
 *   HL-001 Helmet            45.00  stock 3   safety             Gear
 *   HL-002 Inactive Helmet   30.00  stock 7   safety             Gear   inactive
 *   MS-001 Mystery box       45.00  stock 0   -                  none
 * Sales (CONFIRMED/SHIPPED/DELIVERED): BK-001 2×100.00 + 1×95.55, BK-003 5×99.99,
 * HL-001 1×45.00; PENDING and CANCELLED lines on BK-001, BK-002 and HL-001 must not count.
 */
beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  categoryIds['Gear'] = (await createCategory(prisma, { name: 'Gear' })).id;
  categoryIds['Bikes'] = (await createCategory(prisma, { name: 'Bikes', parentId: categoryIds['Gear']! })).id;
  categoryIds['Road'] = (await createCategory(prisma, { name: 'Road', parentId: categoryIds['Bikes']! })).id;
  categoryIds['Other'] = (await createCategory(prisma, { name: 'Other' })).id;
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
  const make = async (sku: string, data: Parameters<typeof createProduct>[1]) => {
    productIds[sku] = (await createProduct(prisma, { sku, ...data })).id;
  };
  await make('BK-001', {
    name: 'Alpha Bike',
    price: '100.00',
    cost: '60.00',
    stockQuantity: 5,
    tags: ['road', 'carbon'],
    categoryId: categoryIds['Road']!,
    description: 'Fast road bike',
    createdAt: at(3),
  });
  await make('BK-002', {
    name: 'Beta Bike',
    price: '250.50',
    stockQuantity: 0,
    tags: ['road'],
    categoryId: categoryIds['Road']!,
    createdAt: at(1),
  });
  await make('BK-003', {
    name: 'Gamma Bike',
    price: '99.99',
    stockQuantity: 10,
    tags: ['carbon', 'gravel', 'road'],
    categoryId: categoryIds['Bikes']!,
    createdAt: at(5),
  });
  await make('HL-001', {
    name: 'Helmet',
    price: '45.00',
    stockQuantity: 3,
    tags: ['safety'],
    categoryId: categoryIds['Gear']!,
    description: 'Protects the head; fits ROAD riders',
    createdAt: at(2),
  });
  await make('HL-002', {
    name: 'Inactive Helmet',
    price: '30.00',
    stockQuantity: 7,
    tags: ['safety'],
    categoryId: categoryIds['Gear']!,
    isActive: false,
    createdAt: at(0),
  });
  await make('MS-001', {
    name: 'Mystery box',
    price: '45.00',
    stockQuantity: 0,
    tags: [],
    categoryId: null,
    createdAt: at(4),
  });

  const buyer = await createUser(prisma);
  const line = (sku: string, quantity: number, unitPrice: string) => ({
    productId: productIds[sku]!,
    quantity,
    unitPrice,
  });
  await createOrder(prisma, buyer.id, [line('BK-001', 2, '100.00'), line('HL-001', 1, '45.00')], {
    status: 'CONFIRMED',
  });
  await createOrder(prisma, buyer.id, [line('BK-001', 1, '95.55')], { status: 'DELIVERED' });
  await createOrder(prisma, buyer.id, [line('BK-003', 5, '99.99')], { status: 'SHIPPED' });
  await createOrder(prisma, buyer.id, [line('BK-001', 4, '100.00'), line('BK-002', 7, '250.50')], {
    status: 'PENDING',
  });
  await createOrder(prisma, buyer.id, [line('BK-001', 9, '100.00'), line('HL-001', 10, '45.00')], {
    status: 'CANCELLED',
  });

  customer = { userId: buyer.id, role: 'CUSTOMER' };
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
});
afterAll(() => server.close());

async function skus(
  variables: { filter?: ProductFilter; search?: string; orderBy?: ProductOrderBy[]; first?: number },
  as: typeof admin | typeof customer | null = null,
) {
  const response = await server.execute(ProductsQuery, variables, { as });
  expect(response.errors).toBeUndefined();
  const connection = response.data!.products;
  expect(connection.edges.map((edge) => edge.node.sku)).toEqual(connection.nodes.map((node) => node.sku));
  return connection.nodes.map((node) => node.sku);
}

describe('Product fields', () => {
  it('match the factory rows, with unitsSold and revenue from sales orders only', async () => {
    const response = await server.execute(ProductFieldsQuery, {}, { as: admin });
    expect(response.errors).toBeUndefined();
    const bySku = new Map(response.data!.products.nodes.map((node) => [node.sku, node]));
    expect(bySku.get('BK-001')).toEqual({
      id: encodeGlobalID('Product', productIds['BK-001']!),
      rowId: productIds['BK-001'],
      sku: 'BK-001',
      name: 'Alpha Bike',
      description: 'Fast road bike',
      price: '100.00',
      cost: '60.00',
      stockQuantity: 5,
      isActive: true,
      tags: ['road', 'carbon'],
      unitsSold: 3,
      revenue: '295.55',
      category: { name: 'Road', path: 'Gear > Bikes > Road' },
    });
    const sales = Object.fromEntries([...bySku].map(([sku, node]) => [sku, [node.unitsSold, node.revenue]]));
    expect(sales).toEqual({
      'BK-001': [3, '295.55'],
      'BK-002': [0, '0.00'],
      'BK-003': [5, '499.95'],
      'HL-001': [1, '45.00'],
      'HL-002': [0, '0.00'],
      'MS-001': [0, '0.00'],
    });
    expect(bySku.get('MS-001')?.category).toBeNull();
    expect(bySku.get('BK-003')?.category?.path).toBe('Gear > Bikes');
  });

  it('shows cost to admins only, null (no error) for anonymous callers and customers', async () => {
    const variables = { id: encodeGlobalID('Product', productIds['BK-001']!), sku: 'BK-001' };
    const anonymous = await server.execute(ProductLookups, variables);
    const asCustomer = await server.execute(ProductLookups, variables, { as: customer });
    const asAdmin = await server.execute(ProductLookups, variables, { as: admin });
    expect(anonymous.errors).toBeUndefined();
    expect(asCustomer.errors).toBeUndefined();
    expect(anonymous.data?.product?.cost).toBeNull();
    expect(anonymous.data?.productBySku?.cost).toBeNull();
    expect(asCustomer.data?.product?.cost).toBeNull();
    expect(asAdmin.data?.product?.cost).toBe('60.00');
    expect(asAdmin.data?.productBySku?.cost).toBe('60.00');
  });

  it('looks products up by id and sku, inactive ones included; null when unknown', async () => {
    const found = await server.execute(ProductLookups, {
      id: encodeGlobalID('Product', productIds['HL-002']!),
      sku: 'HL-002',
    });
    expect(found.data).toEqual({
      product: { sku: 'HL-002', isActive: false, cost: null },
      productBySku: { sku: 'HL-002', isActive: false, cost: null },
    });
    const missing = await server.execute(ProductLookups, { id: encodeGlobalID('Product', 999_999), sku: 'NOPE' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ product: null, productBySku: null });
    const foreign = await server.execute(ProductLookups, { id: encodeGlobalID('Category', 1), sku: 'BK-001' });
    expect(errorCodes(foreign)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('products: visibility', () => {
  it('hides inactive products from anonymous callers and customers, not from admins', async () => {
    const everyone = ['BK-001', 'BK-002', 'BK-003', 'HL-001', 'MS-001'];
    expect(await skus({})).toEqual(everyone);
    expect(await skus({}, customer)).toEqual(everyone);
    expect(await skus({}, admin)).toEqual(['BK-001', 'BK-002', 'BK-003', 'HL-001', 'HL-002', 'MS-001']);
  });

  it('lets admins ask for inactive products; for others isActive: false finds nothing', async () => {
    expect(await skus({ filter: { isActive: false } }, admin)).toEqual(['HL-002']);
    expect(await skus({ filter: { isActive: false } }, customer)).toEqual([]);
    expect(await skus({ filter: { isActive: true } }, admin)).toEqual([
      'BK-001',
      'BK-002',
      'BK-003',
      'HL-001',
      'MS-001',
    ]);
  });
});

describe('products: filters', () => {
  const cases: Array<[string, ProductFilter, string[]]> = [
    ['sku startsWith, case-insensitive by default', { sku: { startsWith: 'bk' } }, ['BK-001', 'BK-002', 'BK-003']],
    ['sku case-sensitive', { sku: { startsWith: 'bk', insensitive: false } }, []],
    ['name contains and price >=', { name: { contains: 'BIKE' }, price: { gte: '100.00' } }, ['BK-001', 'BK-002']],
    ['price < 100.00 (exact: 99.99 is in)', { price: { lt: '100.00' } }, ['BK-003', 'HL-001', 'MS-001']],
    ['price equals', { price: { equals: '45.00' } }, ['HL-001', 'MS-001']],
    ['stockQuantity > 4', { stockQuantity: { gt: 4 } }, ['BK-001', 'BK-003']],
    ['stockQuantity in', { stockQuantity: { in: [0, 3] } }, ['BK-002', 'HL-001', 'MS-001']],
    ['inStock: true', { inStock: true }, ['BK-001', 'BK-003', 'HL-001']],
    ['inStock: false', { inStock: false }, ['BK-002', 'MS-001']],
    ['tags: ALL of them', { tags: ['road', 'carbon'] }, ['BK-001', 'BK-003']],
    ['tags: normalised', { tags: [' ROAD ', 'Gravel'] }, ['BK-003']],
    ['tags: one', { tags: ['safety'] }, ['HL-001']],
    ['or', { or: [{ sku: { equals: 'hl-001' } }, { tags: ['gravel'] }] }, ['BK-003', 'HL-001']],
    ['empty or matches nothing', { or: [] }, []],
    [
      'and nesting an or',
      { and: [{ inStock: true }, { or: [{ price: { gt: '99.99' } }, { tags: ['safety'] }] }] },
      ['BK-001', 'HL-001'],
    ],
  ];
  it.each(cases)('%s', async (_name, filter, expected) => {
    expect(await skus({ filter })).toEqual(expected);
  });

  it('filters by category (directly in it), and not() keeps products without a category', async () => {
    const road = encodeGlobalID('Category', categoryIds['Road']!);
    expect(await skus({ filter: { categoryId: road } })).toEqual(['BK-001', 'BK-002']);
    expect(await skus({ filter: { categoryId: encodeGlobalID('Category', categoryIds['Bikes']!) } })).toEqual([
      'BK-003',
    ]);
    expect(await skus({ filter: { not: { categoryId: road } } })).toEqual(['BK-003', 'HL-001', 'MS-001']);
  });

  it('rejects a categoryId that is not a Category ID, naming the field', async () => {
    const response = await server.execute(ProductsQuery, {
      filter: { or: [{ categoryId: encodeGlobalID('Product', 1) }] },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.['field']).toBe('filter.or.0.categoryId');
  });

  it('rejects a malformed Decimal in a filter', async () => {
    const response = await server.execute(ProductsQuery, { filter: { price: { gt: '1.234' } } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('products: search', () => {
  it('matches name, sku and description case-insensitively', async () => {
    expect(await skus({ search: 'ROAD' })).toEqual(['BK-001', 'HL-001']);
    expect(await skus({ search: 'bk-00' })).toEqual(['BK-001', 'BK-002', 'BK-003']);
    expect(await skus({ search: 'helmet' }, admin)).toEqual(['HL-001', 'HL-002']);
    expect(await skus({ search: 'gamma' })).toEqual(['BK-003']);
  });

  it('treats LIKE wildcards literally and ignores a blank search', async () => {
    expect(await skus({ search: '%' })).toEqual([]);
    expect(await skus({ search: '_' })).toEqual([]);
    expect(await skus({ search: '   ' })).toHaveLength(5);
  });

  it('combines with filter and order', async () => {
    expect(
      await skus({ search: 'bike', filter: { inStock: true }, orderBy: [{ field: 'PRICE', direction: 'DESC' }] }),
    ).toEqual(['BK-001', 'BK-003']);
  });
});

describe('products: sorting', () => {
  const cases: Array<[string, ProductOrderBy[], string[]]> = [
    ['NAME ASC', [{ field: 'NAME', direction: 'ASC' }], ['BK-001', 'BK-002', 'BK-003', 'HL-001', 'MS-001']],
    ['NAME DESC', [{ field: 'NAME', direction: 'DESC' }], ['MS-001', 'HL-001', 'BK-003', 'BK-002', 'BK-001']],
    // 45.00 twice: ties broken by id, in the sort's direction.
    ['PRICE ASC', [{ field: 'PRICE', direction: 'ASC' }], ['HL-001', 'MS-001', 'BK-003', 'BK-001', 'BK-002']],
    ['PRICE DESC', [{ field: 'PRICE', direction: 'DESC' }], ['BK-002', 'BK-001', 'BK-003', 'MS-001', 'HL-001']],
    ['CREATED_AT ASC', [{ field: 'CREATED_AT', direction: 'ASC' }], ['BK-002', 'HL-001', 'BK-001', 'MS-001', 'BK-003']],
    [
      'CREATED_AT DESC',
      [{ field: 'CREATED_AT', direction: 'DESC' }],
      ['BK-003', 'MS-001', 'BK-001', 'HL-001', 'BK-002'],
    ],
    [
      'STOCK_QUANTITY ASC',
      [{ field: 'STOCK_QUANTITY', direction: 'ASC' }],
      ['BK-002', 'MS-001', 'HL-001', 'BK-001', 'BK-003'],
    ],
    [
      'UNITS_SOLD DESC',
      [{ field: 'UNITS_SOLD', direction: 'DESC' }],
      ['BK-003', 'BK-001', 'HL-001', 'MS-001', 'BK-002'],
    ],
    ['UNITS_SOLD ASC', [{ field: 'UNITS_SOLD', direction: 'ASC' }], ['BK-002', 'MS-001', 'HL-001', 'BK-001', 'BK-003']],
    [
      'STOCK_QUANTITY ASC, NAME DESC',
      [
        { field: 'STOCK_QUANTITY', direction: 'ASC' },
        { field: 'NAME', direction: 'DESC' },
      ],
      ['MS-001', 'BK-002', 'HL-001', 'BK-001', 'BK-003'],
    ],
  ];
  it.each(cases)('%s', async (_name, orderBy, expected) => {
    expect(await skus({ orderBy })).toEqual(expected);
  });

  it('sorts with a filter', async () => {
    expect(await skus({ filter: { inStock: true }, orderBy: [{ field: 'PRICE', direction: 'DESC' }] })).toEqual([
      'BK-001',
      'BK-003',
      'HL-001',
    ]);
  });
});

describe('products: pagination', () => {
  const byName: ProductOrderBy[] = [{ field: 'NAME', direction: 'ASC' }];

  it('pages forward with first/after', async () => {
    const page1 = (await server.execute(ProductsQuery, { first: 2, orderBy: byName })).data!.products;
    expect(page1.nodes.map((node) => node.sku)).toEqual(['BK-001', 'BK-002']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.startCursor).toBe(page1.edges[0]!.cursor);
    const page2 = (await server.execute(ProductsQuery, { first: 2, after: page1.pageInfo.endCursor, orderBy: byName }))
      .data!.products;
    expect(page2.nodes.map((node) => node.sku)).toEqual(['BK-003', 'HL-001']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const page3 = (await server.execute(ProductsQuery, { first: 2, after: page2.pageInfo.endCursor, orderBy: byName }))
      .data!.products;
    expect(page3.nodes.map((node) => node.sku)).toEqual(['MS-001']);
    expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page3.totalCount).toBe(5);
  });

  it('pages backward with last/before', async () => {
    const last = (await server.execute(ProductsQuery, { last: 2, orderBy: byName })).data!.products;
    expect(last.nodes.map((node) => node.sku)).toEqual(['HL-001', 'MS-001']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = (
      await server.execute(ProductsQuery, { last: 2, before: last.pageInfo.startCursor, orderBy: byName })
    ).data!.products;
    expect(before.nodes.map((node) => node.sku)).toEqual(['BK-002', 'BK-003']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('walks a computed sort one row at a time without skipping or repeating', async () => {
    const orderBy: ProductOrderBy[] = [{ field: 'UNITS_SOLD', direction: 'DESC' }];
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let step = 0; step < 10; step += 1) {
      const page: CatalogProductsQuery['products'] = (
        await server.execute(ProductsQuery, { first: 1, after, orderBy }, { as: admin })
      ).data!.products;
      seen.push(...page.nodes.map((node) => node.sku));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['BK-003', 'BK-001', 'HL-001', 'MS-001', 'HL-002', 'BK-002']);
  });

  it('refuses more than 100 rows per page with BAD_USER_INPUT', async () => {
    const tooMany = await server.execute(ProductsQuery, { first: 101 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.extensions?.['field']).toBe('first');
    const tooManyBack = await server.execute(ProductsQuery, { last: 101 });
    expect(errorCodes(tooManyBack)).toEqual(['BAD_USER_INPUT']);
    expect(tooManyBack.errors?.[0]?.extensions?.['field']).toBe('last');
    expect((await server.execute(ProductsQuery, { first: 100 })).errors).toBeUndefined();
  });

  it('refuses a cursor made for another order', async () => {
    const page = (await server.execute(ProductsQuery, { first: 1, orderBy: byName })).data!.products;
    const response = await server.execute(ProductsQuery, {
      first: 1,
      after: page.pageInfo.endCursor,
      orderBy: [{ field: 'PRICE', direction: 'ASC' }],
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Category.products', () => {
  const gear = () => encodeGlobalID('Category', categoryIds['Gear']!);
  const categorySkus = async (
    variables: Omit<CatalogCategoryProductsQueryVariables, 'id'>,
    as: typeof admin | null = null,
  ) => {
    const response = await server.execute(CategoryProducts, { id: gear(), ...variables }, { as });
    expect(response.errors).toBeUndefined();
    return response.data!.category!.products;
  };

  it('lists products directly in the category by default', async () => {
    const direct = await categorySkus({});
    expect(direct.nodes.map((node) => node.sku)).toEqual(['HL-001']);
    expect(direct.totalCount).toBe(1);
    expect((await categorySkus({}, admin)).nodes.map((node) => node.sku)).toEqual(['HL-001', 'HL-002']);
  });

  it('includes the whole subtree with includeDescendants, with filter and order', async () => {
    const all = await categorySkus({ includeDescendants: true });
    expect(all.nodes.map((node) => node.sku)).toEqual(['BK-001', 'BK-002', 'BK-003', 'HL-001']);
    expect(all.totalCount).toBe(4);
    const sorted = await categorySkus({
      includeDescendants: true,
      filter: { inStock: true },
      orderBy: [{ field: 'PRICE', direction: 'ASC' }],
    });
    expect(sorted.nodes.map((node) => node.sku)).toEqual(['HL-001', 'BK-003', 'BK-001']);
    const bikes = await server.execute(CategoryProducts, {
      id: encodeGlobalID('Category', categoryIds['Bikes']!),
      includeDescendants: true,
      filter: { tags: ['carbon'] },
    });
    expect(bikes.data?.category?.products.nodes.map((node) => node.sku)).toEqual(['BK-001', 'BK-003']);
  });

  it('pages backward with last/before', async () => {
    const last = await categorySkus({
      includeDescendants: true,
      last: 3,
      orderBy: [{ field: 'NAME', direction: 'ASC' }],
    });
    expect(last.nodes.map((node) => node.sku)).toEqual(['BK-002', 'BK-003', 'HL-001']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await categorySkus({
      includeDescendants: true,
      last: 3,
      before: last.pageInfo.startCursor,
      orderBy: [{ field: 'NAME', direction: 'ASC' }],
    });
    expect(before.nodes.map((node) => node.sku)).toEqual(['BK-001']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('refuses more than 100 rows per page', async () => {
    const response = await server.execute(CategoryProducts, { id: gear(), first: 101 });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages every category of a list separately', async () => {
    const response = await server.execute(RootCategoriesWithProducts, {});
    expect(response.errors).toBeUndefined();
    expect(response.data?.categories).toEqual([
      { name: 'Gear', products: { totalCount: 4, pageInfo: { hasNextPage: true }, nodes: [{ sku: 'BK-002' }] } },
      { name: 'Other', products: { totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] } },
    ]);
  });
});
