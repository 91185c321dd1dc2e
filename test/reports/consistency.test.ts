import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/prisma.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { graphql } from '../generated/index.js';
import { createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

/**
 * dataConsistency on seeded data: clean first, then with one row of each
 * kind of problem planted around the constraints (FK triggers off for one
 * session, the CHECK on stock and the lower(email) index dropped; this test
 * file has its own database).
 */

const Consistency = graphql(`
  query ReportsDataConsistency {
    reports {
      dataConsistency {
        checkedAt
        totalIssues
        issues {
          kind
          table
          description
          records
        }
      }
    }
  }
`);

let server: TestServer;
let adminId: number;
const admin = () => ({ as: { userId: adminId, role: 'ADMIN' as const } });

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await server.db.pool.query(sql, params);
  return rows[0] as T;
}

beforeAll(async () => {
  server = await createTestServer();
  await seedDatabase(server.db.pool, {
    users: 30,
    products: 20,
    orders: 200,
    seed: 11,
    admin: { email: 'consistency-admin@example.com', password: 'Admin!pass123' },
  });
  adminId = (await one<{ id: number }>(`SELECT id FROM users WHERE role = 'ADMIN' LIMIT 1`)).id;
});
afterAll(() => server.close());

describe('reports.dataConsistency', () => {
  it('reports no issue on clean seeded data', async () => {
    const before = Date.now();
    const response = await server.execute(Consistency, {}, admin());
    expect(response.errors).toBeUndefined();
    const report = response.data!.reports.dataConsistency;
    expect(report).toMatchObject({ totalIssues: 0, issues: [] });
    expect(Date.parse(report.checkedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('finds each kind of issue once planted, and nothing that is within tolerance', async () => {
    const pool = server.db.pool;
    type OrderWithItem = {
      order_id: number;
      order_number: string;
      total_amount: string;
      item_id: number;
      quantity: number;
      unit_price: string;
      total_price: string;
    };
    const { rows: orders } = await pool.query<OrderWithItem>(`
      SELECT o.id AS order_id, o.order_number, o.total_amount::text, i.id AS item_id, i.quantity, i.unit_price::text, i.total_price::text
      FROM orders o JOIN LATERAL (SELECT * FROM order_items WHERE order_id = o.id ORDER BY id LIMIT 1) i ON true
      ORDER BY o.id LIMIT 3`);
    const [offByTwoCents, offByOneCent, itemOff] = orders as [OrderWithItem, OrderWithItem, OrderWithItem];
    const product = await one<{ id: number; sku: string }>(`SELECT id, sku FROM products ORDER BY id LIMIT 1`);
    const customer = await one<{ id: number; email: string }>(
      `SELECT id, email FROM users WHERE role = 'CUSTOMER' ORDER BY id LIMIT 1`,
    );

    // Orphans: foreign-key triggers do not fire for this one session.
    const client = await pool.connect();
    let orphanItemId: number, orphanOrderId: number, orphanActivityId: number;
    try {
      await client.query(`SET session_replication_role = replica`);
      orphanItemId = (
        await client.query(
          `INSERT INTO order_items (order_id, product_id, quantity, unit_price, total_price) VALUES (999999, $1, 1, 10.00, 10.00) RETURNING id`,
          [product.id],
        )
      ).rows[0].id;
      orphanOrderId = (
        await client.query(
          `INSERT INTO orders (order_number, customer_id, status, total_amount, updated_at) VALUES ('ORD-ORPHAN', 888888, 'PENDING', 0, now()) RETURNING id`,
        )
      ).rows[0].id;
      orphanActivityId = (
        await client.query(`INSERT INTO user_activities (user_id, kind) VALUES (777777, 'LOGIN') RETURNING id`)
      ).rows[0].id;
      await client.query(`RESET session_replication_role`);
    } finally {
      client.release();
    }
    // Order totals: 0.02 off is an issue, 0.01 off is within tolerance.
    await pool.query(`UPDATE orders SET total_amount = total_amount + 0.02 WHERE id = $1`, [offByTwoCents.order_id]);
    await pool.query(`UPDATE orders SET total_amount = total_amount + 0.01 WHERE id = $1`, [offByOneCent.order_id]);
    // A line whose total is not quantity × unit price, in an order whose total still matches its lines.
    await pool.query(`UPDATE order_items SET total_price = total_price + 1 WHERE id = $1`, [itemOff.item_id]);
    await pool.query(`UPDATE orders SET total_amount = total_amount + 1 WHERE id = $1`, [itemOff.order_id]);
    await pool.query(`ALTER TABLE products DROP CONSTRAINT products_stock_quantity_check`);
    await pool.query(`UPDATE products SET stock_quantity = -3 WHERE id = $1`, [product.id]);
    await pool.query(`DROP INDEX users_email_lower_key`);
    const shouting = await createUser(server.db.prisma, { email: customer.email.toUpperCase() });

    const response = await server.execute(Consistency, {}, admin());
    expect(response.errors).toBeUndefined();
    const report = response.data!.reports.dataConsistency;
    const money = (value: string, plus: string) => new Prisma.Decimal(value).plus(plus).toFixed(2);
    expect(report.issues).toEqual([
      {
        kind: 'ORPHAN_ROW',
        table: 'order_items',
        description: '1 order_items rows whose order_id references a missing orders row',
        records: [{ orderItemId: orphanItemId, orderId: 999999 }],
      },
      {
        kind: 'ORPHAN_ROW',
        table: 'orders',
        description: '1 orders rows whose customer_id references a missing users row',
        records: [{ orderId: orphanOrderId, customerId: 888888 }],
      },
      {
        kind: 'ORPHAN_ROW',
        table: 'user_activities',
        description: '1 user_activities rows whose user_id references a missing users row',
        records: [{ activityId: orphanActivityId, userId: 777777 }],
      },
      {
        kind: 'ORDER_TOTAL_MISMATCH',
        table: 'orders',
        description: '1 orders rows whose total_amount differs from the sum of their items by more than 0.01',
        records: [
          {
            orderId: offByTwoCents.order_id,
            orderNumber: offByTwoCents.order_number,
            storedTotal: money(offByTwoCents.total_amount, '0.02'),
            computedTotal: offByTwoCents.total_amount,
          },
        ],
      },
      {
        kind: 'ITEM_TOTAL_MISMATCH',
        table: 'order_items',
        description: '1 order_items rows whose total_price is not quantity × unit_price',
        records: [
          {
            orderItemId: itemOff.item_id,
            orderId: itemOff.order_id,
            quantity: itemOff.quantity,
            unitPrice: itemOff.unit_price,
            storedTotal: money(itemOff.total_price, '1'),
            computedTotal: itemOff.total_price,
          },
        ],
      },
      {
        kind: 'NEGATIVE_STOCK',
        table: 'products',
        description: '1 products rows with a negative stock_quantity',
        records: [{ productId: product.id, sku: product.sku, stockQuantity: -3 }],
      },
      {
        kind: 'DUPLICATE_EMAIL',
        table: 'users',
        description: '1 users rows sharing an email with another user when case is ignored (one record per email)',
        records: [{ email: customer.email.toLowerCase(), userIds: [customer.id, shouting.id] }],
      },
    ]);
    expect(report.totalIssues).toBe(7);
  });

  it('lists at most 100 records per issue but counts them all (the planted state above, plus 120 negative stocks)', async () => {
    await server.db.pool.query(
      `INSERT INTO products (sku, name, price, stock_quantity, updated_at) SELECT 'NEG-' || g, 'Negative ' || g, 1, -1, now() FROM generate_series(1, 120) g`,
    );
    const response = await server.execute(Consistency, {}, admin());
    const report = response.data!.reports.dataConsistency;
    const negative = report.issues.find((issue) => issue.kind === 'NEGATIVE_STOCK')!;
    expect(negative.description).toBe('121 products rows with a negative stock_quantity');
    expect(negative.records).toHaveLength(100);
    const ids = negative.records.map((record) => record['productId'] as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(report.totalIssues).toBe(7 + 120);
  });
});
