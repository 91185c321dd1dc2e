import { encodeGlobalID } from '@pothos/plugin-relay';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { createResponseCacheStore } from '../../src/cache/response-cache.js';
import { createServer } from '../../src/yoga.js';
import { updateProduct } from '../../src/services/products.js';
import pino from 'pino';
import { Prisma } from '../../src/db/prisma.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createCategory, createProduct, createUser } from '../support/factories.js';
import { createTestServer, testConfig, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';
import { waitFor } from '../ops/support/ops-server.js';

const CachedCatalog = graphql(`
  query CachedCatalog {
    products(first: 50, orderBy: [{ field: PRICE, direction: ASC }]) {
      totalCount
      nodes {
        sku
        price
        stockQuantity
        unitsSold
      }
    }
  }
`);

const CachedProduct = graphql(`
  query CachedProduct($id: ID!) {
    product(id: $id) {
      sku
      price
      stockQuantity
      isActive
    }
  }
`);

const CachedCategories = graphql(`
  query CachedCategories {
    categories {
      name
      productCount
    }
  }
`);

const CachedMe = graphql(`
  query CachedMe {
    me {
      username
    }
    products(first: 1) {
      totalCount
    }
  }
`);

const CacheUpdateProduct = graphql(`
  mutation CacheUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      rowId
    }
  }
`);

const CacheCreateProduct = graphql(`
  mutation CacheCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      rowId
    }
  }
`);

const CachePlaceOrder = graphql(`
  mutation CachePlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      rowId
    }
  }
`);

const CacheConfirmOrder = graphql(`
  mutation CacheConfirmOrder($id: ID!) {
    updateOrderStatus(id: $id, status: CONFIRMED) {
      status
    }
  }
`);

const productId = (id: number) => encodeGlobalID('Product', id);

async function cacheCounts(server: TestServer): Promise<Record<string, number>> {
  const text = await (await server.yoga.fetch('http://test/metrics')).text();
  const counts: Record<string, number> = { hit: 0, miss: 0, uncacheable: 0 };
  for (const match of text.matchAll(/^graphql_response_cache_total\{outcome="(\w+)"\} (\d+)/gm))
    counts[match[1]!] = Number(match[2]);
  return counts;
}

function getUrl(document: Parameters<typeof print>[0], variables?: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: print(document) });
  if (variables) params.set('variables', JSON.stringify(variables));
  return `http://test/graphql?${params}`;
}

describe('response cache (in-process)', () => {
  let server: TestServer;
  let admin: Viewer;
  let customer: Viewer;
  let cheap: { id: number };

  beforeAll(async () => {
    server = await createTestServer({ config: { RESPONSE_CACHE: 'true' } });
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
    customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    const category = await createCategory(server.db.prisma, { name: 'Cached' });
    cheap = await createProduct(server.db.prisma, {
      sku: 'CACHE-1',
      price: '5.00',
      stockQuantity: 10,
      categoryId: category.id,
    });
    await createProduct(server.db.prisma, { sku: 'CACHE-2', price: '7.00', categoryId: category.id });
    await createProduct(server.db.prisma, { sku: 'CACHE-HIDDEN', price: '9.00', isActive: false });
  });
  afterAll(() => server.close());

  it('serves a repeated catalog query from the cache without touching the database', async () => {
    const before = await cacheCounts(server);
    const first = await server.execute(CachedCatalog);
    const second = await server.execute(CachedCatalog);
    expect(second).toEqual(first);
    expect(first.data?.products.nodes.map((node) => node.sku)).toEqual(['CACHE-1', 'CACHE-2']);
    expect(second).not.toHaveProperty('extensions');
    const after = await cacheCounts(server);
    expect(after['miss']! - before['miss']!).toBe(1);
    expect(after['hit']! - before['hit']!).toBe(1);
  });

  it('fills from a compiled read too (a lookup the planner answers from SQL)', async () => {
    const id = encodeGlobalID('Product', cheap.id);
    const before = await cacheCounts(server);
    const first = await server.execute(CachedProduct, { id });
    const second = await server.execute(CachedProduct, { id });
    expect(second).toEqual(first);
    expect(first.data?.product?.sku).toBe('CACHE-1');
    const after = await cacheCounts(server);
    expect(after['miss']! - before['miss']!).toBe(1);
    expect(after['hit']! - before['hit']!).toBe(1);
  });

  it('a customer shares the public entry; an admin gets their own (inactive products included)', async () => {
    const anonymous = await server.execute(CachedCatalog);
    const asCustomer = await server.execute(CachedCatalog, undefined, { as: customer });
    expect(asCustomer).toEqual(anonymous);
    const asAdmin = await server.execute(CachedCatalog, undefined, { as: admin });
    expect(asAdmin.data?.products.nodes.map((node) => node.sku)).toEqual(['CACHE-1', 'CACHE-2', 'CACHE-HIDDEN']);
    expect((await server.execute(CachedCatalog)).data?.products.totalCount).toBe(2);
  });

  it('never caches users, orders or the viewer', async () => {
    const before = await cacheCounts(server);
    const first = await server.execute(CachedMe, undefined, { as: customer });
    await server.execute(CachedMe, undefined, { as: customer });
    expect(first.data?.me?.username).toBeTruthy();
    const after = await cacheCounts(server);
    expect(after['uncacheable']! - before['uncacheable']!).toBe(2);
    expect(after['hit']).toBe(before['hit']);
  });

  it('a price change through a mutation is seen by the next read, in lists and lookups', async () => {
    await server.execute(CachedProduct, { id: productId(cheap.id) });
    await server.execute(CachedCatalog);
    const changed = await server.execute(
      CacheUpdateProduct,
      { id: productId(cheap.id), input: { price: '8.00' } },
      { as: admin },
    );
    expect(changed.errors).toBeUndefined();
    expect((await server.execute(CachedProduct, { id: productId(cheap.id) })).data?.product?.price).toBe('8.00');
    // The list re-sorts: the product moved behind CACHE-2.
    expect((await server.execute(CachedCatalog)).data?.products.nodes.map((node) => node.sku)).toEqual([
      'CACHE-2',
      'CACHE-1',
    ]);
  });

  it('an order changes stock and units sold even when the mutation selects no product', async () => {
    const before = (await server.execute(CachedProduct, { id: productId(cheap.id) })).data?.product?.stockQuantity;
    await server.execute(CachedCatalog);
    const placed = await server.execute(
      CachePlaceOrder,
      { input: { items: [{ productId: productId(cheap.id), quantity: 3 }] } },
      { as: customer },
    );
    expect(placed.errors).toBeUndefined();
    expect((await server.execute(CachedProduct, { id: productId(cheap.id) })).data?.product?.stockQuantity).toBe(
      before! - 3,
    );
    const confirmed = await server.execute(
      CacheConfirmOrder,
      { id: encodeGlobalID('Order', placed.data!.placeOrder.rowId) },
      { as: admin },
    );
    expect(confirmed.errors).toBeUndefined();
    const row = (await server.execute(CachedCatalog)).data?.products.nodes.find((node) => node.sku === 'CACHE-1');
    expect(row?.unitsSold).toBe(3);
  });

  it('a new product appears in cached lists and category counts', async () => {
    const category = await server.db.prisma.category.findFirstOrThrow({ where: { name: 'Cached' } });
    const counts = await server.execute(CachedCategories);
    const before = counts.data?.categories.find((row) => row.name === 'Cached')?.productCount;
    await server.execute(CachedCatalog);
    const created = await server.execute(
      CacheCreateProduct,
      {
        input: {
          sku: 'CACHE-NEW',
          name: 'New',
          price: '1.00',
          stockQuantity: 1,
          categoryId: encodeGlobalID('Category', category.id),
        },
      },
      { as: admin },
    );
    expect(created.errors).toBeUndefined();
    expect((await server.execute(CachedCatalog)).data?.products.nodes[0]?.sku).toBe('CACHE-NEW');
    const after = (await server.execute(CachedCategories)).data?.categories.find(
      (row) => row.name === 'Cached',
    )?.productCount;
    expect(after).toBe(before! + 1);
  });

  it('a cached answer is still refused to a deactivated account', async () => {
    const user = await createUser(server.db.prisma);
    const viewer: Viewer = { userId: user.id, role: 'CUSTOMER' };
    expect((await server.execute(CachedCatalog, undefined, { as: viewer })).errors).toBeUndefined();
    await server.db.prisma.user.update({ where: { id: user.id }, data: { isActive: false } });
    const refused = await server.execute(CachedCatalog, undefined, { as: viewer });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(refused.data ?? null).toBeNull();
  });

  it('public GETs carry an ETag and Cache-Control, answer If-None-Match with 304, and change with the data', async () => {
    const url = getUrl(CachedProduct, { id: productId(cheap.id) });
    const first = await server.yoga.fetch(url, { headers: { accept: 'application/json' } });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const body = await first.json();
    const revalidated = await server.yoga.fetch(url, {
      headers: { accept: 'application/json', 'if-none-match': etag! },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');

    // A field the query does not select: same body, same ETag.
    await server.execute(CacheUpdateProduct, { id: productId(cheap.id), input: { name: 'Renamed' } }, { as: admin });
    expect(
      (await server.yoga.fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag! } })).status,
    ).toBe(304);
    await server.execute(CacheUpdateProduct, { id: productId(cheap.id), input: { price: '8.50' } }, { as: admin });
    const fresh = await server.yoga.fetch(url, { headers: { accept: 'application/json', 'if-none-match': etag! } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).not.toBe(etag);
    expect(((await fresh.json()) as typeof body).data.product.price).toBe('8.50');

    const asAdmin = await server.yoga.fetch(url, {
      headers: { accept: 'application/json', authorization: `Bearer ${await server.tokenFor(admin)}` },
    });
    expect(asAdmin.headers.get('cache-control')).toBeNull();
  });

  it('a change made outside any request (a job, a script) is dropped by the outbox event job', async () => {
    const store = createResponseCacheStore({ maxEntries: 100, log: pino({ level: 'silent' }) });
    const other = await createTestServer({ config: { RESPONSE_CACHE: 'true' }, responseCache: store });
    const worker = await startTestWorker(other, { RESPONSE_CACHE: 'true' }, undefined, store);
    try {
      const product = await createProduct(other.db.prisma, { sku: 'JOB-1', price: '3.00' });
      expect((await other.execute(CachedProduct, { id: productId(product.id) })).data?.product?.price).toBe('3.00');
      const log = pino({ level: 'silent' });
      await updateProduct({ prisma: other.db.prisma, viewer: null, config: other.config, log } as never, product.id, {
        price: new Prisma.Decimal('4.00'),
      });
      // Served from the cache until the job ran.
      await waitFor(
        async () => (await other.execute(CachedProduct, { id: productId(product.id) })).data?.product?.price === '4.00',
        'the job to invalidate the cached product',
        10_000,
      );
    } finally {
      await worker.stop();
      await other.close();
      await store.close();
    }
  });
});

describe('response cache without RESPONSE_CACHE', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('is off outside production unless asked for', async () => {
    const product = await createProduct(server.db.prisma, { price: '2.00' });
    await server.execute(CachedProduct, { id: productId(product.id) });
    await server.db.prisma.product.update({ where: { id: product.id }, data: { price: '2.50' } });
    expect((await server.execute(CachedProduct, { id: productId(product.id) })).data?.product?.price).toBe('2.50');
    expect((await cacheCounts(server))['hit']).toBe(0);
  });
});

describe.skipIf(onEmbeddedDatabase())('response cache in Redis, shared by instances', () => {
  const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  // Each run in its own key space: the test Redis may be shared.
  const config = {
    RESPONSE_CACHE: 'true',
    REDIS_URL: redisUrl,
    RESPONSE_CACHE_PREFIX: `test:${process.pid}:${Date.now()}:`,
  };
  let one: TestServer;
  let two: ReturnType<typeof createServer>;
  let worker: TestWorker;
  let admin: Viewer;

  const executeOn = async <T>(
    yoga: ReturnType<typeof createServer>,
    document: Parameters<typeof print>[0],
    variables: unknown,
    token?: string,
  ) => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };
  const priceOn = async (yoga: ReturnType<typeof createServer>, id: number) =>
    (await executeOn<{ product: { price: string } | null }>(yoga, CachedProduct, { id: productId(id) })).data?.product
      ?.price;

  beforeAll(async () => {
    one = await createTestServer({ config });
    two = createServer({ prisma: one.db.prisma, config: testConfig(config), log: pino({ level: 'silent' }) });
    worker = await startTestWorker(one, config);
    admin = { userId: (await createAdmin(one.db.prisma)).id, role: 'ADMIN' };
  });
  afterAll(async () => {
    await worker?.stop();
    await two?.dispose();
    await one?.close();
  });

  it('a price change through one instance is seen by the other at once', async () => {
    const product = await createProduct(one.db.prisma, { sku: 'REDIS-1', price: '3.00' });
    expect(await priceOn(one.yoga, product.id)).toBe('3.00');
    const before = await cacheCounts(one);
    expect(await priceOn(one.yoga, product.id)).toBe('3.00');
    expect((await cacheCounts(one))['hit']).toBe(before['hit']! + 1);
    // A direct write is invisible to the cache: the entry is really served from Redis.
    await one.db.prisma.product.update({ where: { id: product.id }, data: { name: 'Direct' } });
    expect(await priceOn(two, product.id)).toBe('3.00');
    const changed = await executeOn(
      two,
      CacheUpdateProduct,
      { id: productId(product.id), input: { price: '6.00' } },
      await one.tokenFor(admin),
    );
    expect(changed.errors).toBeUndefined();
    expect(await priceOn(one.yoga, product.id)).toBe('6.00');
  });

  it('a change outside any request reaches every instance through the event job', async () => {
    const product = await createProduct(one.db.prisma, { sku: 'REDIS-2', price: '3.00' });
    await priceOn(one.yoga, product.id);
    await priceOn(two, product.id);
    const log = pino({ level: 'silent' });
    await updateProduct({ prisma: one.db.prisma, viewer: admin, config: one.config, log } as never, product.id, {
      price: new Prisma.Decimal('5.00'),
    });
    await waitFor(async () => (await priceOn(two, product.id)) === '5.00', 'the job to invalidate', 10_000);
    expect(await priceOn(one.yoga, product.id)).toBe('5.00');
  });
});
