import { hash, verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_ADMIN,
  DEMO_CUSTOMER_PASSWORD,
  demoLoginIfUnchanged,
  DEMO_SIZES,
  seedDatabase,
  seedDemoIfEmpty,
  SeedError,
  type SeedOptions,
} from '../../src/seed/seed.js';
import pino from 'pino';
import { signToken } from '../../src/auth/viewer.js';
import { createServer } from '../../src/yoga.js';
import { Prisma } from '../../src/db/prisma.js';
import { customerSegmentsQuery } from '../../src/reports/customers.js';
import { createUser } from '../support/factories.js';
import { testConfig } from '../support/server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const REFERENCE = new Date('2026-06-15T00:00:00Z');
const OPTIONS: SeedOptions = {
  users: 40,
  products: 30,
  orders: 250,
  seed: 7,
  referenceDate: REFERENCE,
  admin: { email: ' Boss@Example.COM ', password: 'Boss!pass123' },
};

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 2 });
  await seedDatabase(db.pool, OPTIONS);
});
afterAll(() => db?.close());

async function rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.pool.query(sql, params)).rows as T[];
}

/** Every seeded row as JSON, without the salted (hence random) password hashes. */
async function snapshot(): Promise<string[]> {
  const tables = ['categories', 'users', 'user_profiles', 'products', 'orders', 'order_items', 'user_activities'];
  const dumps: string[] = [];
  for (const table of tables) {
    const [row] = await rows<{ dump: string }>(
      `SELECT json_agg(to_jsonb(t) - 'password_hash' ORDER BY t.id)::text AS dump FROM "${table}" t`,
    );
    dumps.push(row!.dump);
  }
  return dumps;
}

describe('seed', () => {
  it('writes the requested amounts (the admin on top of the customers)', async () => {
    const [counts] = await rows(
      `SELECT (SELECT count(*) FROM users WHERE role = 'CUSTOMER')::int AS customers,
              (SELECT count(*) FROM users WHERE role = 'ADMIN')::int AS admins,
              (SELECT count(*) FROM products)::int AS products,
              (SELECT count(*) FROM orders)::int AS orders`,
    );
    expect(counts).toEqual({ customers: 40, admins: 1, products: 30, orders: 250 });
  });

  it('is deterministic: the same options give the same rows, another seed other rows', async () => {
    const first = await snapshot();
    await seedDatabase(db.pool, { ...OPTIONS, reset: true });
    expect(await snapshot()).toEqual(first);

    await seedDatabase(db.pool, { ...OPTIONS, seed: 8, reset: true });
    const other = await snapshot();
    expect(other[1]).not.toEqual(first[1]);
    await seedDatabase(db.pool, { ...OPTIONS, reset: true });
  });

  it('refuses a database that has data unless asked to reset', async () => {
    const before = await rows(`SELECT count(*)::int AS n FROM orders`);
    await expect(seedDatabase(db.pool, OPTIONS)).rejects.toThrow(SeedError);
    expect(await rows(`SELECT count(*)::int AS n FROM orders`)).toEqual(before);
  });

  it('keeps order totals equal to the sum of their items, at the products’ prices', async () => {
    const bad = await rows(`
      SELECT o.id FROM orders o
      JOIN (SELECT order_id, sum(total_price) AS sum, count(*) AS n, count(DISTINCT product_id) AS products
            FROM order_items GROUP BY order_id) i ON i.order_id = o.id
      WHERE o.total_amount <> i.sum OR i.n NOT BETWEEN 1 AND 5 OR i.products <> i.n`);
    expect(bad).toEqual([]);
    const [orphans] = await rows(
      `SELECT count(*)::int AS n FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)`,
    );
    expect(orphans!['n']).toBe(0);
    const badItems = await rows(`
      SELECT i.id FROM order_items i JOIN products p ON p.id = i.product_id
      WHERE i.total_price <> i.quantity * i.unit_price OR i.unit_price <> p.price OR i.quantity < 1`);
    expect(badItems).toEqual([]);
  });

  it('has every status with consistent status timestamps, within the 24 months before the reference date', async () => {
    const statuses = await rows<{ status: string }>(`SELECT DISTINCT status::text FROM orders ORDER BY 1`);
    expect(statuses.map((row) => row.status)).toEqual(['CANCELLED', 'CONFIRMED', 'DELIVERED', 'PENDING', 'SHIPPED']);
    const inconsistent = await rows(
      `SELECT id, status FROM orders WHERE NOT (
         CASE status
           WHEN 'PENDING'   THEN confirmed_at IS NULL AND shipped_at IS NULL AND delivered_at IS NULL AND cancelled_at IS NULL
           WHEN 'CONFIRMED' THEN confirmed_at IS NOT NULL AND shipped_at IS NULL AND delivered_at IS NULL AND cancelled_at IS NULL
           WHEN 'SHIPPED'   THEN confirmed_at IS NOT NULL AND shipped_at IS NOT NULL AND delivered_at IS NULL AND cancelled_at IS NULL
           WHEN 'DELIVERED' THEN confirmed_at IS NOT NULL AND shipped_at IS NOT NULL AND delivered_at IS NOT NULL AND cancelled_at IS NULL
           WHEN 'CANCELLED' THEN cancelled_at IS NOT NULL AND shipped_at IS NULL AND delivered_at IS NULL
         END
         AND created_at <= COALESCE(confirmed_at, created_at)
         AND COALESCE(confirmed_at, created_at) <= COALESCE(shipped_at, confirmed_at, created_at)
         AND COALESCE(shipped_at, created_at) <= COALESCE(delivered_at, shipped_at, created_at)
         AND COALESCE(cancelled_at, confirmed_at, created_at) >= COALESCE(confirmed_at, created_at)
         AND updated_at = GREATEST(created_at, confirmed_at, shipped_at, delivered_at, cancelled_at)
         AND created_at >= $1::timestamptz - interval '24 months'
         AND updated_at <= $1::timestamptz)`,
      [REFERENCE.toISOString()],
    );
    expect(inconsistent).toEqual([]);
    const [months] = await rows(`SELECT count(DISTINCT date_trunc('month', created_at))::int AS n FROM orders`);
    expect(months!['n']).toBeGreaterThanOrEqual(20);
  });

  it('only lets customers order after signing up and only products that existed', async () => {
    const bad = await rows(`
      SELECT o.id FROM orders o JOIN users u ON u.id = o.customer_id
      WHERE u.role <> 'CUSTOMER' OR o.created_at < u.created_at
         OR EXISTS (SELECT 1 FROM order_items i JOIN products p ON p.id = i.product_id
                    WHERE i.order_id = o.id AND p.created_at > o.created_at)`);
    expect(bad).toEqual([]);
  });

  it('numbers orders like ORD-20261121-000042 after their creation day', async () => {
    const bad = await rows(`
      SELECT order_number FROM orders
      WHERE order_number !~ '^ORD-[0-9]{8}-[0-9]{6}$'
         OR substr(order_number, 5, 8) <> to_char(created_at AT TIME ZONE 'UTC', 'YYYYMMDD')`);
    expect(bad).toEqual([]);
  });

  it('builds a category tree three levels deep with products in the leaves', async () => {
    const depths = await rows<{ depth: number; n: number }>(`
      WITH RECURSIVE tree AS (
        SELECT id, 1 AS depth FROM categories WHERE parent_id IS NULL
        UNION ALL SELECT c.id, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id)
      SELECT depth, count(*)::int AS n FROM tree GROUP BY depth ORDER BY depth`);
    expect(depths.map((row) => row.depth)).toEqual([1, 2, 3]);
    const [all] = await rows(`SELECT count(*)::int AS n FROM categories`);
    expect(depths.reduce((sum, row) => sum + row.n, 0)).toBe(all!['n']);
    const childless = await rows(`
      SELECT c.id FROM categories c WHERE c.parent_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM categories m JOIN categories l ON l.parent_id = m.id WHERE m.parent_id = c.id)`);
    expect(childless).toEqual([]);
    const notInLeaf = await rows(`
      SELECT p.id FROM products p JOIN categories c ON c.id = p.category_id
      WHERE EXISTS (SELECT 1 FROM categories child WHERE child.parent_id = c.id)`);
    expect(notInLeaf).toEqual([]);
  });

  it('creates one admin with the given credentials; customers share one argon2id hash of the demo password', async () => {
    const admins = await rows<{ email: string; password_hash: string }>(
      `SELECT email, password_hash FROM users WHERE role = 'ADMIN'`,
    );
    expect(admins).toHaveLength(1);
    expect(admins[0]!.email).toBe('boss@example.com');
    expect(admins[0]!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verify(admins[0]!.password_hash, 'Boss!pass123')).toBe(true);

    const hashes = await rows<{ password_hash: string }>(
      `SELECT DISTINCT password_hash FROM users WHERE role = 'CUSTOMER'`,
    );
    expect(hashes).toHaveLength(1);
    expect(await verify(hashes[0]!.password_hash, DEMO_CUSTOMER_PASSWORD)).toBe(true);
  });

  it('stores normalised profile tags and address objects; stock is never negative', async () => {
    const badTags = await rows(`
      SELECT p.id FROM user_profiles p
      WHERE EXISTS (SELECT 1 FROM unnest(p.tags) t WHERE t <> lower(btrim(t)) OR t = '')
         OR cardinality(p.tags) <> (SELECT count(DISTINCT t) FROM unnest(p.tags) t)`);
    expect(badTags).toEqual([]);
    const badAddresses = await rows(`
      SELECT id FROM user_profiles
      WHERE jsonb_typeof(address) <> 'object' OR NOT address ?& array['street', 'city', 'state', 'postalCode', 'country', 'type']`);
    expect(badAddresses).toEqual([]);
    const [negative] = await rows(`SELECT count(*)::int AS n FROM products WHERE stock_quantity < 0`);
    expect(negative!['n']).toBe(0);
  });

  it('writes addresses the API reads back as they are (WORK stays WORK)', async () => {
    const types = await rows<{ type: string; n: number }>(
      `SELECT address->>'type' AS type, count(*)::int AS n FROM user_profiles WHERE address IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    expect(types.map((row) => row.type)).toEqual(['HOME', 'WORK']);
    const [work] = await rows<{ user_id: number }>(
      `SELECT user_id FROM user_profiles WHERE address->>'type' = 'WORK' ORDER BY user_id LIMIT 1`,
    );
    const config = testConfig();
    const yoga = createServer({ prisma: db.prisma, config, log: pino({ level: 'silent' }) });
    const token = (await signToken({ userId: work!.user_id, role: 'CUSTOMER' }, config.JWT_SECRET, 60)).token;
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { profile { address { type } } } }' }),
    });
    expect(await response.json()).toEqual({ data: { me: { profile: { address: { type: 'WORK' } } } } });
  });

  it("follows the API's own rules: the API's lookups find every seeded slug and username", async () => {
    const config = testConfig();
    const yoga = createServer({ prisma: db.prisma, config, log: pino({ level: 'silent' }) });
    const [admin] = await rows<{ id: number }>(`SELECT id FROM users WHERE role = 'ADMIN' ORDER BY id LIMIT 1`);
    const token = (await signToken({ userId: admin!.id, role: 'ADMIN' }, config.JWT_SECRET, 60)).token;
    const ask = async (query: string, variables: Record<string, unknown>) =>
      (await (
        await yoga.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        })
      ).json()) as { data?: Record<string, { rowId: number } | null>; errors?: unknown[] };
    const categories = await rows<{ id: number; slug: string }>(`SELECT id, slug FROM categories ORDER BY id`);
    for (const category of categories) {
      const found = await ask(`query($slug: String!) { categoryBySlug(slug: $slug) { rowId } }`, {
        slug: category.slug,
      });
      expect(found).toEqual({ data: { categoryBySlug: { rowId: category.id } } });
    }
    const users = await rows<{ id: number; username: string; email: string }>(
      `SELECT id, username, email FROM users ORDER BY id`,
    );
    for (const user of users) {
      const byName = await ask(`query($username: String!) { userByUsername(username: $username) { rowId } }`, {
        username: user.username,
      });
      expect(byName).toEqual({ data: { userByUsername: { rowId: user.id } } });
      const byEmail = await ask(`query($email: EmailAddress!) { userByEmail(email: $email) { rowId } }`, {
        email: user.email,
      });
      expect(byEmail).toEqual({ data: { userByEmail: { rowId: user.id } } });
    }
  });

  it('records activities that match the orders and logins', async () => {
    const [counts] = await rows(`
      SELECT (SELECT count(*) FROM user_activities WHERE kind = 'ORDER_PLACED')::int AS placed,
             (SELECT count(*) FROM orders)::int AS orders,
             (SELECT count(*) FROM user_activities WHERE kind = 'ORDER_CANCELLED')::int AS cancelled_events,
             (SELECT count(*) FROM orders WHERE status = 'CANCELLED')::int AS cancelled,
             (SELECT count(*) FROM user_activities WHERE kind = 'SIGN_UP')::int AS sign_ups`);
    expect(counts!['placed']).toBe(counts!['orders']);
    expect(counts!['cancelled_events']).toBe(counts!['cancelled']);
    expect(counts!['sign_ups']).toBe(40);
    const badLogins = await rows(`
      SELECT u.id FROM users u
      LEFT JOIN (SELECT user_id, max(created_at) AS last FROM user_activities WHERE kind = 'LOGIN' GROUP BY user_id) l ON l.user_id = u.id
      WHERE u.last_login_at IS DISTINCT FROM l.last`);
    expect(badLogins).toEqual([]);
  });

  it('moves the id sequences past the explicit ids', async () => {
    const [max] = await rows<{ id: number }>(`SELECT max(id) AS id FROM users`);
    const user = await createUser(db.prisma);
    expect(user.id).toBe(max!.id + 1);
  });
});

describe('demo seed on first start', () => {
  it('seeds an empty database once, with the documented demo admin', async () => {
    const empty = await createTestDatabase({ poolSize: 1 });
    try {
      const demo = await seedDemoIfEmpty(empty.pool, {});
      expect(demo).toMatchObject({ adminEmail: DEMO_ADMIN.email, adminPassword: DEMO_ADMIN.password });
      const [counts] = (
        await empty.pool.query(
          `SELECT (SELECT count(*) FROM users WHERE role = 'CUSTOMER')::int AS users, (SELECT count(*) FROM orders)::int AS orders`,
        )
      ).rows;
      expect(counts).toEqual({ users: DEMO_SIZES.users, orders: DEMO_SIZES.orders });
      const admin = (await empty.pool.query(`SELECT password_hash FROM users WHERE email = $1`, [DEMO_ADMIN.email]))
        .rows[0];
      expect(await verify(admin.password_hash, DEMO_ADMIN.password)).toBe(true);

      expect(await seedDemoIfEmpty(empty.pool, {})).toBeNull();
      const [again] = (await empty.pool.query(`SELECT count(*)::int AS n FROM orders`)).rows;
      expect(again.n).toBe(DEMO_SIZES.orders);
      // Later starts show the demo log-in while it still works, and not once the password changed.
      expect(await demoLoginIfUnchanged(empty.pool)).toEqual({
        email: DEMO_ADMIN.email,
        password: DEMO_ADMIN.password,
      });
      await empty.pool.query(`UPDATE users SET password_hash = $1 WHERE email = $2`, [
        await hash('Changed!pass2027', { algorithm: 2 }),
        DEMO_ADMIN.email,
      ]);
      expect(await demoLoginIfUnchanged(empty.pool)).toBeNull();
    } finally {
      await empty.close();
    }
  });

  it('takes the admin from ADMIN_EMAIL/ADMIN_PASSWORD when both are set and never echoes the password', async () => {
    const empty = await createTestDatabase({ poolSize: 1 });
    try {
      const demo = await seedDemoIfEmpty(empty.pool, {
        ADMIN_EMAIL: 'ops@example.org',
        ADMIN_PASSWORD: 'Ops!secret99',
      });
      expect(demo).toMatchObject({ adminEmail: 'ops@example.org', adminPassword: null });
      const admin = (await empty.pool.query(`SELECT password_hash FROM users WHERE role = 'ADMIN'`)).rows[0];
      expect(await verify(admin.password_hash, 'Ops!secret99')).toBe(true);
    } finally {
      await empty.close();
    }
  });

  it('gives the demo data set VIPs and at-risk customers in customerSegments (report defaults)', async () => {
    const demo = await createTestDatabase({ poolSize: 1 });
    try {
      await seedDemoIfEmpty(demo.pool, {});
      const { sql } = customerSegmentsQuery({
        highValueThreshold: new Prisma.Decimal('1000.00'),
        activeDays: 30,
        minActivity: 10,
        now: new Date(),
      });
      const segments = (await demo.pool.query<{ isActive: boolean }>(sql.text, sql.values)).rows;
      expect(segments.filter((row) => row.isActive).length).toBeGreaterThan(0);
      expect(segments.filter((row) => !row.isActive).length).toBeGreaterThan(0);
    } finally {
      await demo.close();
    }
  });
});
