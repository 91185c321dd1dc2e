import { encodeGlobalID } from '@pothos/plugin-relay';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient, type PrismaClient } from '../../src/db/prisma.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../../src/observability/database-unavailable.js';
import { createProduct } from '../support/factories.js';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { OpsProductNode } from './support/operations.js';
import { testConfig } from '../support/server.js';
import { createOpsServer, sampleValue, scrape } from './support/ops-server.js';

const POOL_TIMEOUT_MS = 300;
let db: TestDatabase;
let pool: pg.Pool;
let prisma: PrismaClient;
let productId: string;
let sku: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const product = await createProduct(db.prisma);
  productId = encodeGlobalID('Product', product.id);
  sku = product.sku;
  pool = createPool({
    connectionString: db.url,
    max: 1,
    connectionTimeoutMillis: POOL_TIMEOUT_MS,
    idleTimeoutMillis: 10_000,
    statementTimeoutMs: 0,
  });
  prisma = createPrismaClient(pool);
});
afterAll(async () => {
  await prisma.$disconnect();
  await pool.end();
  await db.close();
});

describe('an exhausted connection pool', () => {
  it('fails the request after DB_POOL_TIMEOUT_MS with a clear, logged error instead of hanging, and recovers', async () => {
    const server = createOpsServer({
      prisma,
      pool,
      config: { DB_POOL_SIZE: '1', DB_POOL_TIMEOUT_MS: String(POOL_TIMEOUT_MS) },
    });
    const held = await pool.connect();
    let released = false;
    onTestFinished(() => {
      if (!released) held.release();
    });

    const { response, body } = await server.post(OpsProductNode, { variables: { id: productId } });
    expect(body.data?.node ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: DATABASE_UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(JSON.stringify(body)).not.toMatch(/timeout exceeded|pool|select/i);

    const requestId = response.headers.get('x-request-id');
    const lines = server.logs.lines();
    const diagnosis = lines.find((line) => line.msg.startsWith('database pool exhausted'));
    expect(diagnosis).toMatchObject({
      level: 50,
      requestId,
      pool: { total: 1, idle: 0, max: 1 },
      poolTimeoutMs: POOL_TIMEOUT_MS,
    });
    expect(lines.find((line) => line.msg === 'request failed')).toMatchObject({
      requestId,
      errors: ['SERVICE_UNAVAILABLE'],
    });
    expect(sampleValue(await scrape(server), 'db_pool_checkout_timeouts_total')).toBe(1);

    held.release();
    released = true;
    const after = await server.post(OpsProductNode, { variables: { id: productId } });
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data?.node).toMatchObject({ sku });
  });
});

describe('the pool', () => {
  // PGlite has one connection and no statement_timeout: needs a real server.
  it.skipIf(onEmbeddedDatabase())(
    'is built from the environment: size, connection and idle timeouts, statement_timeout',
    async () => {
      const config = testConfig({
        DATABASE_URL: db.url,
        DB_POOL_SIZE: '3',
        DB_POOL_TIMEOUT_MS: '1234',
        DB_IDLE_TIMEOUT_MS: '4321',
        DB_STATEMENT_TIMEOUT_MS: '500',
        DB_CONNECT_RETRIES: '0',
      });
      const database = await openDatabase(config);
      try {
        expect(database.pool.options).toMatchObject({ max: 3, connectionTimeoutMillis: 1234, idleTimeoutMillis: 4321 });
        const { rows } = await database.pool.query<{ statement_timeout: string }>('SHOW statement_timeout');
        expect(rows[0]!.statement_timeout).toBe('500ms');
        await expect(database.prisma.$queryRaw`SELECT pg_sleep(5)`).rejects.toThrow(/statement timeout/);
      } finally {
        await database.close();
      }
    },
  );
});
