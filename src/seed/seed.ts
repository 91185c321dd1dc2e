import { hash, verify } from '@node-rs/argon2';
import { checkEmail, checkPassword } from '../services/user-rules.js';
import type pg from 'pg';
import { generateActivities, type ActivityRow } from './activities.js';
import { insertRows, json, resetSequence, textArrayFromJson, timestamp, type Column } from './insert.js';
import { generateOrders, type ItemRow, type OrderRow } from './orders.js';
import { generateProfiles, generateUsers, type ProfileRow, type UserRow } from './people.js';
import { generateCategories, generateProducts, type CategoryRow, type ProductRow } from './products.js';
import { formatCents, monthsBefore, SeedRandom } from './random.js';

/** @node-rs/argon2's Algorithm.Argon2id (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2;
/** Any key will do as long as nothing else uses it: serialises concurrent seeds. */
const SEED_LOCK_KEY = 72707370;

export const DEFAULT_SEED = 20261121;
/** Documented demo credentials: only ever used for the embedded (PGlite) database. */
export const DEMO_ADMIN = { email: 'admin@example.com', password: 'DemoAdmin!2026' } as const;
/** Every seeded customer shares this password (hashed once). */
export const DEMO_CUSTOMER_PASSWORD = 'Customer!2026';
/** Small enough that the first start on PGlite takes seconds. */
export const DEMO_SIZES = { users: 50, products: 40, orders: 300 } as const;

export class SeedError extends Error {
  override name = 'SeedError';
}

export interface SeedProgress {
  table: string;
  /** Rows written so far, over all tables, and the total to write. */
  done: number;
  total: number;
}

export interface SeedOptions {
  /** Customers (the admin comes on top). */
  users: number;
  products: number;
  orders: number;
  admin: { email: string; password: string };
  customerPassword?: string;
  /** Empty the tables first; without it a database that has data is refused. */
  reset?: boolean;
  seed?: number;
  /** "Now" for the generated history (orders span the 24 months before it). Default: today 00:00 UTC. */
  referenceDate?: Date;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedSummary {
  counts: Record<'categories' | 'users' | 'profiles' | 'products' | 'orders' | 'orderItems' | 'activities', number>;
  adminEmail: string;
  referenceDate: Date;
  durationMs: number;
}

function validate(options: SeedOptions): void {
  for (const key of ['users', 'products', 'orders'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0)
      throw new SeedError(`--${key} must be a whole number >= 0`);
  }
  if (options.orders > 0 && (options.users < 1 || options.products < 1)) {
    throw new SeedError('orders need at least one user and one product');
  }
  // The admin is held to the rules signUp and create-admin apply.
  const email = checkEmail(options.admin.email);
  if (!email.ok) throw new SeedError(`the admin email: ${email.issue.message}`);
  const password = checkPassword(options.admin.password);
  if (!password.ok) throw new SeedError(`the admin password: ${password.issue.message}`);
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const TABLES = [
  'categories',
  'users',
  'user_profiles',
  'products',
  'orders',
  'order_items',
  'user_activities',
] as const;

const categoryColumns: Column<CategoryRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'slug', type: 'text', value: (r) => r.slug },
  { name: 'description', type: 'text', value: (r) => r.description },
  { name: 'parent_id', type: 'int', value: (r) => r.parentId },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (r) => timestamp(r.updatedAt) },
];

const userColumns: Column<UserRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'username', type: 'text', value: (r) => r.username },
  { name: 'email', type: 'text', value: (r) => r.email },
  { name: 'password_hash', type: 'text', value: (r) => r.passwordHash },
  { name: 'first_name', type: 'text', value: (r) => r.firstName },
  { name: 'last_name', type: 'text', value: (r) => r.lastName },
  { name: 'birth_date', type: 'date', value: (r) => r.birthDate },
  { name: 'phone', type: 'text', value: (r) => r.phone },
  { name: 'role', type: '"Role"', value: (r) => r.role },
  { name: 'is_active', type: 'bool', value: (r) => r.isActive },
  { name: 'last_login_at', type: 'timestamptz', value: (r) => timestamp(r.lastLoginAt) },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (r) => timestamp(r.updatedAt) },
  { name: 'deleted_at', type: 'timestamptz', value: (r) => timestamp(r.deletedAt) },
];

const profileColumns: Column<ProfileRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'user_id', type: 'int', value: (r) => r.userId },
  { name: 'bio', type: 'text', value: (r) => r.bio },
  { name: 'website', type: 'text', value: (r) => r.website },
  { name: 'location', type: 'text', value: (r) => r.location },
  { name: 'address', type: 'jsonb', value: (r) => json(r.address) },
  { name: 'tags', type: 'jsonb', value: (r) => json(r.tags), convert: textArrayFromJson },
  { name: 'preferences', type: 'jsonb', value: (r) => json(r.preferences) },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (r) => timestamp(r.updatedAt) },
];

const productColumns: Column<ProductRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'sku', type: 'text', value: (r) => r.sku },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'description', type: 'text', value: (r) => r.description },
  { name: 'price', type: 'numeric', value: (r) => formatCents(r.priceCents) },
  { name: 'cost', type: 'numeric', value: (r) => (r.costCents === null ? null : formatCents(r.costCents)) },
  { name: 'stock_quantity', type: 'int', value: (r) => r.stockQuantity },
  { name: 'is_active', type: 'bool', value: (r) => r.isActive },
  { name: 'tags', type: 'jsonb', value: (r) => json(r.tags), convert: textArrayFromJson },
  { name: 'category_id', type: 'int', value: (r) => r.categoryId },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (r) => timestamp(r.updatedAt) },
];

const orderColumns: Column<OrderRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'order_number', type: 'text', value: (r) => r.orderNumber },
  { name: 'customer_id', type: 'int', value: (r) => r.customerId },
  { name: 'status', type: '"OrderStatus"', value: (r) => r.status },
  { name: 'total_amount', type: 'numeric', value: (r) => formatCents(r.totalCents) },
  { name: 'shipping_address', type: 'jsonb', value: (r) => json(r.shippingAddress) },
  { name: 'note', type: 'text', value: (r) => r.note },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (r) => timestamp(r.updatedAt) },
  { name: 'confirmed_at', type: 'timestamptz', value: (r) => timestamp(r.confirmedAt) },
  { name: 'shipped_at', type: 'timestamptz', value: (r) => timestamp(r.shippedAt) },
  { name: 'delivered_at', type: 'timestamptz', value: (r) => timestamp(r.deliveredAt) },
  { name: 'cancelled_at', type: 'timestamptz', value: (r) => timestamp(r.cancelledAt) },
];

const itemColumns: Column<ItemRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'order_id', type: 'int', value: (r) => r.orderId },
  { name: 'product_id', type: 'int', value: (r) => r.productId },
  { name: 'quantity', type: 'int', value: (r) => r.quantity },
  { name: 'unit_price', type: 'numeric', value: (r) => formatCents(r.unitCents) },
  { name: 'total_price', type: 'numeric', value: (r) => formatCents(r.totalCents) },
];

const activityColumns: Column<ActivityRow>[] = [
  { name: 'id', type: 'int', value: (r) => r.id },
  { name: 'user_id', type: 'int', value: (r) => r.userId },
  { name: 'kind', type: '"ActivityKind"', value: (r) => r.kind },
  { name: 'metadata', type: 'jsonb', value: (r) => json(r.metadata) },
  { name: 'created_at', type: 'timestamptz', value: (r) => timestamp(r.createdAt) },
];

async function hasData(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM categories) AS found`,
  );
  return rows[0]!.found;
}

/**
 * Fills the database with a deterministic, consistent data set (same sizes,
 * seed and reference date → same rows; only the salted password hashes
 * differ). All in one transaction: a failed seed leaves nothing behind.
 */
export async function seedDatabase(pool: pg.Pool, options: SeedOptions): Promise<SeedSummary> {
  validate(options);
  const started = performance.now();
  const now = startOfUtcDay(options.referenceDate ?? new Date()).getTime();
  const openedAt = monthsBefore(now, 30);
  const ordersFrom = monthsBefore(now, 24);
  const random = new SeedRandom(options.seed ?? DEFAULT_SEED);
  const [adminHash, customerHash] = await Promise.all([
    hash(options.admin.password, { algorithm: ARGON2ID }),
    hash(options.customerPassword ?? DEMO_CUSTOMER_PASSWORD, { algorithm: ARGON2ID }),
  ]);
  const adminEmail = options.admin.email.trim().toLowerCase();

  const catalog = generateCategories(openedAt);
  const users = generateUsers(random, {
    customers: options.users,
    admin: { email: adminEmail, passwordHash: adminHash },
    customerPasswordHash: customerHash,
    openedAt,
    now,
  });
  const profiles = generateProfiles(random, users);
  const products = generateProducts(random, catalog, options.products, { openedAt, ordersFrom, now });
  const orders = generateOrders(random, { users, profiles, products, count: options.orders, ordersFrom, now });
  const items = orders.flatMap((order) => order.items);
  const activities = generateActivities(random, { users, profiles, orders, now });

  const counts = {
    categories: catalog.categories.length,
    users: users.length,
    profiles: profiles.length,
    products: products.length,
    orders: orders.length,
    orderItems: items.length,
    activities: activities.length,
  };
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  let done = 0;
  const progress = (table: string) => (count: number) => {
    done += count;
    options.onProgress?.({ table, done, total });
  };

  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    await client.query('SET LOCAL synchronous_commit = off');
    if (options.reset) {
      await client.query(
        `TRUNCATE ${[...TABLES, 'audit_logs'].map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`,
      );
    } else if (await hasData(client)) {
      throw new SeedError('the database already has data; pass --reset to replace it');
    }
    await insertRows(client, 'categories', categoryColumns, catalog.categories, progress('categories'));
    await insertRows(client, 'users', userColumns, users, progress('users'));
    await insertRows(client, 'user_profiles', profileColumns, profiles, progress('user_profiles'));
    await insertRows(client, 'products', productColumns, products, progress('products'));
    await insertRows(client, 'orders', orderColumns, orders, progress('orders'));
    await insertRows(client, 'order_items', itemColumns, items, progress('order_items'));
    await insertRows(client, 'user_activities', activityColumns, activities, progress('user_activities'));
    for (const table of TABLES) await resetSequence(client, table);
    await client.query('COMMIT');
    // Fresh statistics and visibility map, so that plans on the seeded data
    // (index-only scans for the reports) match a database that has lived a while.
    await client.query(`VACUUM (ANALYZE) ${TABLES.map((table) => `"${table}"`).join(', ')}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return { counts, adminEmail, referenceDate: new Date(now), durationMs: performance.now() - started };
}

export interface DemoSeed {
  summary: SeedSummary;
  adminEmail: string;
  /** Set only when the documented demo password was used (never echoes ADMIN_PASSWORD). */
  adminPassword: string | null;
}

/**
 * First start on the embedded database: when it holds no users, products or
 * categories yet, seed the small demo data set. The admin comes from ADMIN_EMAIL/ADMIN_PASSWORD
 * when both are set, otherwise from the documented demo credentials.
 */
export async function seedDemoIfEmpty(
  pool: pg.Pool,
  config: { ADMIN_EMAIL?: string | undefined; ADMIN_PASSWORD?: string | undefined },
): Promise<DemoSeed | null> {
  const client = await pool.connect();
  let found: boolean;
  try {
    found = await hasData(client);
  } finally {
    client.release();
  }
  if (found) return null;
  const fromEnvironment = Boolean(config.ADMIN_EMAIL && config.ADMIN_PASSWORD);
  const admin = fromEnvironment ? { email: config.ADMIN_EMAIL!, password: config.ADMIN_PASSWORD! } : DEMO_ADMIN;
  const summary = await seedDatabase(pool, { ...DEMO_SIZES, admin });
  return { summary, adminEmail: summary.adminEmail, adminPassword: fromEnvironment ? null : admin.password };
}

/** The lines printed after a demo seed, next to the GraphiQL address. */
export function demoSeedBanner(demo: DemoSeed): string {
  const { counts } = demo.summary;
  return [
    `  Seeded a demo data set (${counts.users} users, ${counts.products} products, ${counts.orders} orders).`,
    `  Admin:     ${demo.adminEmail} / ${demo.adminPassword ?? '(the password in ADMIN_PASSWORD)'}`,
    `  Customers: any seeded user's email / ${DEMO_CUSTOMER_PASSWORD}`,
    '',
  ].join('\n');
}

/**
 * On later embedded starts: the demo admin's log-in, when it still works
 * (the account is active and its password is still the documented one), so
 * the banner can show it every time without ever showing a stale password.
 */
export async function demoLoginIfUnchanged(pool: pg.Pool): Promise<{ email: string; password: string } | null> {
  const { rows } = await pool.query<{ password_hash: string }>(
    `SELECT password_hash FROM users WHERE email = $1 AND role = 'ADMIN' AND is_active AND deleted_at IS NULL`,
    [DEMO_ADMIN.email],
  );
  const stored = rows[0]?.password_hash;
  if (!stored || !(await verify(stored, DEMO_ADMIN.password).catch(() => false))) return null;
  return { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password };
}

/** The banner line of a later start. */
export function demoLoginBanner(login: { email: string; password: string }): string {
  return `  Admin:     ${login.email} / ${login.password} (the demo admin)\n  Customers: any seeded user's email / ${DEMO_CUSTOMER_PASSWORD}\n`;
}
