import { createRequire } from 'node:module';
import { Logger, runMigrations } from 'graphile-worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectedSchema,
  readCatalog,
  readPrismaDatamodel,
  type Catalog,
  type IndexShape,
  type SchemaShape,
} from '../support/schema-drift.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The migrations must build exactly what prisma/schema.prisma describes.
 * What schema.prisma cannot express lives in migrations too, and is allowed
 * only when listed here (name and definition).
 */
const ALLOWED_EXTRAS = {
  checks: {
    categories: ['categories_parent_check'],
    order_items: ['order_items_quantity_check', 'order_items_total_price_check', 'order_items_unit_price_check'],
    orders: ['orders_total_amount_check'],
    products: ['products_cost_check', 'products_price_check', 'products_stock_quantity_check'],
  } as Record<string, string[]>,
  indexes: {
    // Search (pg_trgm, migration 20261202030000): schema.prisma cannot say gin_trgm_ops on an expression.
    products: {
      products_sku_lower_key: { columns: ['lower(sku::text)'], unique: true, method: 'btree' },
      products_name_trgm_idx: { columns: ['name'], unique: false, method: 'gin' },
      products_sku_trgm_idx: { columns: ['sku'], unique: false, method: 'gin' },
      products_description_trgm_idx: { columns: ['description'], unique: false, method: 'gin' },
    },
    users: {
      users_email_lower_key: { columns: ['lower(email::text)'], unique: true, method: 'btree' },
      users_username_lower_key: { columns: ['lower(username::text)'], unique: true, method: 'btree' },
      users_username_trgm_idx: { columns: ['username'], unique: false, method: 'gin' },
      users_email_trgm_idx: { columns: ['email'], unique: false, method: 'gin' },
      users_first_name_trgm_idx: { columns: ['first_name'], unique: false, method: 'gin' },
      users_last_name_trgm_idx: { columns: ['last_name'], unique: false, method: 'gin' },
      users_full_name_trgm_idx: {
        columns: ["((first_name::text || ' '::text) || last_name::text)"],
        unique: false,
        method: 'gin',
      },
    },
  } as Record<string, Record<string, IndexShape>>,
  /** The account cache's change announcements (migration 20261203010000). */
  triggers: ['users.users_account_changes_on_delete', 'users.users_account_changes_on_update'],
  /** placeOrder in one statement, its outbox job spec (20261203000000), and the announcement trigger's. */
  functions: ['notify_account_changes', 'outbox_job', 'place_order'],
  views: [] as string[],
};

let db: TestDatabase;
const silentLogger = new Logger(() => () => {});
let expected: SchemaShape;
let actual: Catalog;

beforeAll(async () => {
  expected = expectedSchema(readPrismaDatamodel());
  db = await createTestDatabase({ poolSize: 1 });
  actual = await readCatalog(db.pool);
});
afterAll(() => db?.close());

function mapTables<T>(
  schema: SchemaShape,
  pick: (table: SchemaShape['tables'][string], name: string) => T,
): Record<string, T> {
  return Object.fromEntries(Object.entries(schema.tables).map(([name, table]) => [name, pick(table, name)]));
}

describe('schema drift: migrations vs prisma/schema.prisma', () => {
  it('reads both sides (the comparison is not vacuous)', () => {
    expect(expected.tables['users']?.columns['email']).toEqual({
      type: 'character varying(255)',
      nullable: false,
      default: null,
    });
    expect(actual.tables['users']?.columns['email']).toBeDefined();
    expect(Object.keys(expected.tables).length).toBeGreaterThanOrEqual(8);
  });

  it('has one table per model (@@map) and no others', () => {
    expect(Object.keys(actual.tables).sort()).toEqual(Object.keys(expected.tables).sort());
  });

  it('has every field as a column (@map) with its type, nullability and default, and no other columns', () => {
    expect(mapTables(actual, (table) => table.columns)).toEqual(mapTables(expected, (table) => table.columns));
  });

  it('has the primary keys', () => {
    expect(mapTables(actual, (table) => table.primaryKey)).toEqual(mapTables(expected, (table) => table.primaryKey));
  });

  it('has the @unique/@@unique/@@index indexes, plus only the allow-listed ones', () => {
    const withoutAllowed = mapTables(actual, (table, name) =>
      Object.fromEntries(Object.entries(table.indexes).filter(([index]) => !ALLOWED_EXTRAS.indexes[name]?.[index])),
    );
    expect(withoutAllowed).toEqual(mapTables(expected, (table) => table.indexes));
    for (const [table, indexes] of Object.entries(ALLOWED_EXTRAS.indexes)) {
      for (const [name, shape] of Object.entries(indexes))
        expect(actual.tables[table]?.indexes[name], `${table}.${name}`).toEqual(shape);
    }
  });

  it('has a foreign key per relation with its referential actions', () => {
    expect(mapTables(actual, (table) => table.foreignKeys)).toEqual(mapTables(expected, (table) => table.foreignKeys));
  });

  it('has the enums with their values in order', () => {
    expect(actual.enums).toEqual(expected.enums);
  });

  it('has exactly the allow-listed CHECK constraints, triggers, functions and views', () => {
    expect(actual.checks).toEqual(ALLOWED_EXTRAS.checks);
    expect(actual.triggers).toEqual(ALLOWED_EXTRAS.triggers);
    expect(actual.functions).toEqual(ALLOWED_EXTRAS.functions);
    expect(actual.views).toEqual(ALLOWED_EXTRAS.views);
  });
});

describe("graphile-worker's schema (installed by our migrations)", () => {
  it('is at the revision the installed graphile-worker expects, and a starting worker has nothing to migrate', async () => {
    const { migrations } = createRequire(import.meta.url)('graphile-worker/dist/generated/sql') as {
      migrations: Record<string, string>;
    };
    const newest = Math.max(...Object.keys(migrations).map((file) => Number.parseInt(file.slice(0, 6), 10)));
    const { rows } = await db.pool.query<{ id: number; count: number }>(
      'SELECT max(id) AS id, count(*)::int AS count FROM graphile_worker.migrations',
    );
    expect(rows[0]).toEqual({ id: newest, count: newest });
    const schemas = await db.pool.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1`,
    );
    expect(schemas.rows.map((row) => row.name)).toEqual(['graphile_worker', 'public']);
    await runMigrations({ pgPool: db.pool, logger: silentLogger });
    const after = await db.pool.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM graphile_worker.migrations',
    );
    expect(after.rows[0]!.count).toBe(newest);
  });
});
