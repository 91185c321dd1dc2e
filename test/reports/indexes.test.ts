import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createAdmin, createOrder, createProduct } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

const IndexReports = graphql(`
  query ReportsIndexUsage {
    reports {
      indexUsage {
        table
        index
        scans
        tuplesRead
        tuplesFetched
        sizeBytes
      }
      unusedIndexes {
        table
        index
        scans
        tuplesRead
        tuplesFetched
        sizeBytes
      }
    }
  }
`);

let server: TestServer;
let adminId: number;
const admin = () => ({ as: { userId: adminId, role: 'ADMIN' as const } });

beforeAll(async () => {
  server = await createTestServer();
  adminId = (await createAdmin(server.db.prisma)).id;
  const product = await createProduct(server.db.prisma);
  await createOrder(server.db.prisma, adminId, [{ productId: product.id, quantity: 1, unitPrice: '10.00' }]);
  // One scan of orders_customer_id_status_total_amount_idx, its statistics flushed at once.
  const client = await server.db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    await client.query('SET LOCAL enable_bitmapscan = off');
    await client.query(`SELECT id FROM orders WHERE customer_id = $1 AND status = 'PENDING'`, [adminId]);
    await client.query('SELECT pg_stat_force_next_flush()');
    await client.query('COMMIT');
  } finally {
    client.release();
  }
});
afterAll(() => server.close());

describe('reports.indexUsage / unusedIndexes', () => {
  it('lists every index of the application tables with non-negative counters', async () => {
    const response = await server.execute(IndexReports, {}, admin());
    expect(response.errors).toBeUndefined();
    const usage = response.data!.reports.indexUsage;
    const names = usage.map((row) => row.index);
    expect(names).toEqual(
      expect.arrayContaining([
        'orders_pkey',
        'orders_customer_id_status_total_amount_idx',
        'users_email_lower_key',
        'order_items_product_id_idx',
      ]),
    );
    expect(names).not.toContain('_prisma_migrations_pkey');
    for (const row of usage) {
      for (const value of [row.scans, row.tuplesRead, row.tuplesFetched, row.sizeBytes]) {
        expect(Number.isInteger(value) && value >= 0).toBe(true);
      }
      expect(row.sizeBytes).toBeGreaterThan(0);
    }
    expect(usage.find((row) => row.index === 'orders_customer_id_status_total_amount_idx')).toMatchObject({
      table: 'orders',
    });
    expect(
      usage.find((row) => row.index === 'orders_customer_id_status_total_amount_idx')!.scans,
    ).toBeGreaterThanOrEqual(1);
  });

  it('unusedIndexes: never-scanned indexes other than primary keys and unique ones', async () => {
    const response = await server.execute(IndexReports, {}, admin());
    const { indexUsage, unusedIndexes } = response.data!.reports;
    expect(unusedIndexes.length).toBeGreaterThan(0);
    for (const row of unusedIndexes) {
      expect(row.scans).toBe(0);
      expect(row.index).not.toMatch(/_pkey$|_key$/);
      expect(indexUsage.map((usage) => usage.index)).toContain(row.index);
    }
    expect(unusedIndexes.map((row) => row.index)).not.toContain('orders_customer_id_status_total_amount_idx');
  });
});
