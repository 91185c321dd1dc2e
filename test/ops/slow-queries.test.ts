import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactSql } from '../../src/observability/slow-queries.js';
import { createProduct } from '../support/factories.js';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { OpsSlowProduct } from './support/operations.js';
import { createOpsServer, delay, sampleValue, scrape, waitFor } from './support/ops-server.js';

const SLOW_QUERY_MS = 100;
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('redactSql', () => {
  it('keeps the statement and drops literal values', () => {
    const sql = `SELECT "id" FROM "users"\n  WHERE "email" = 'alice@example.com' AND "tax_id" = E'DE\\'123' AND "note" = $tag$secret body$tag$ AND "id" = $1`;
    const redacted = redactSql(sql);
    expect(redacted).toBe(
      `SELECT "id" FROM "users" WHERE "email" = '?' AND "tax_id" = '?' AND "note" = '?' AND "id" = $1`,
    );
  });
});

describe('slow queries', () => {
  // Makes a statement slow by holding a lock from another connection: needs a real server.
  it.skipIf(onEmbeddedDatabase())(
    'are logged with their SQL, duration and GraphQL operation, and counted in /metrics',
    async () => {
      const server = createOpsServer({
        prisma: db.prisma,
        pool: db.pool,
        config: { SLOW_QUERY_MS: String(SLOW_QUERY_MS) },
      });
      const product = await createProduct(db.prisma);
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        // Hold a lock that the product lookup has to wait for: a genuinely slow statement.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE "products" IN ACCESS EXCLUSIVE MODE');
        const pending = server.post(OpsSlowProduct, { variables: { id: encodeGlobalID('Product', product.id) } });
        await waitFor(async () => {
          // Not through `locker`: pg_stat_activity is a snapshot frozen for the rest of a transaction.
          const { rows } = await db.pool.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return rows[0]!.waiting > 0;
        }, 'the product lookup to wait for the lock');
        await delay(SLOW_QUERY_MS + 50);
        await locker.query('COMMIT');
        const { response, body } = await pending;
        expect(body.data?.node).toMatchObject({ sku: product.sku });

        const slow = server.logs.lines().filter((line) => line.msg === 'slow query');
        const ours = slow.filter((line) => line['operation'] === 'OpsSlowProduct');
        expect(ours.length).toBeGreaterThanOrEqual(1);
        expect(ours[0]).toMatchObject({
          level: 40,
          requestId: response.headers.get('x-request-id'),
          thresholdMs: SLOW_QUERY_MS,
        });
        expect(ours[0]!['sql']).toMatch(/FROM "public"\."products"/);
        expect(ours[0]!['durationMs']).toBeGreaterThanOrEqual(SLOW_QUERY_MS);

        const samples = await scrape(server);
        expect(sampleValue(samples, 'db_slow_queries_total', { operation: 'OpsSlowProduct' })).toBe(ours.length);
        const total = samples.filter((s) => s.name === 'db_slow_queries_total').reduce((sum, s) => sum + s.value, 0);
        expect(total).toBe(slow.length);
      } finally {
        await locker.query('ROLLBACK').catch(() => {});
        await locker.end();
      }
    },
  );
});

describe('DB_LOG_QUERIES', () => {
  it('logs every statement with its duration and operation, never its parameters', async () => {
    await createProduct(db.prisma, { sku: 'SECRET-SKU-4711' });
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool, config: { DB_LOG_QUERIES: 'true' } });
    const { response, body } = await server.post(
      'query OpsLoggedSku($sku: String!) { productBySku(sku: $sku) { sku } }',
      {
        variables: { sku: 'secret-sku-4711' },
      },
    );
    expect(body.data).toEqual({ productBySku: { sku: 'SECRET-SKU-4711' } });
    const statements = server.logs.lines().filter((line) => line.msg === 'sql' && line['operation'] === 'OpsLoggedSku');
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(statements[0]).toMatchObject({ level: 30, requestId: response.headers.get('x-request-id') });
    expect(statements.map((line) => line['sql']).join('\n')).toMatch(/lower\(sku\) = lower\(\$1\)/);
    for (const line of statements) expect(typeof line['durationMs']).toBe('number');
    expect(JSON.stringify(statements).toLowerCase()).not.toContain('secret-sku-4711');
  });

  it('is off by default', async () => {
    const product = await createProduct(db.prisma);
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    await server.post(OpsSlowProduct, { variables: { id: encodeGlobalID('Product', product.id) } });
    expect(server.logs.lines().filter((line) => line.msg === 'sql')).toEqual([]);
  });
});
