import { appendFileSync, cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, migrate, migrationStatus, readMigrations, rollback } from '../../src/db/migrator.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const opened: TestDatabase[] = [];
async function emptyDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase({ empty: true, poolSize: 1 });
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function bookkeeping(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  it("applies every migration once and keeps Prisma's bookkeeping", async () => {
    const db = await emptyDatabase();
    const files = readMigrations();
    const first = await migrate(db.url);
    expect(first.applied).toEqual(files.map((file) => file.name));

    const rows = await bookkeeping(db.url);
    expect(rows).toHaveLength(files.length);
    for (const [index, row] of rows.entries()) {
      expect(row.migration_name).toBe(files[index]!.name);
      expect(row.checksum).toBe(files[index]!.checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }

    const second = await migrate(db.url);
    expect(second.applied).toEqual([]);
    expect(await bookkeeping(db.url)).toHaveLength(files.length);
    expect((await migrationStatus(db.url)).every((state) => state.state === 'applied')).toBe(true);
  });

  it('applies each migration once when two runs race', async (context) => {
    const db = await emptyDatabase();
    if (db.mode === 'embedded') context.skip();
    const results = await Promise.all([migrate(db.url), migrate(db.url)]);
    const applied = results.flatMap((result) => result.applied);
    expect(applied.sort()).toEqual(
      readMigrations()
        .map((file) => file.name)
        .sort(),
    );
    expect(await bookkeeping(db.url)).toHaveLength(readMigrations().length);
  });

  it('refuses to run when an applied migration changed', async () => {
    const db = await emptyDatabase();
    const directory = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(DEFAULT_MIGRATIONS_DIR, directory, { recursive: true });
    await migrate(db.url, { directory });

    const [first] = readMigrations(directory);
    appendFileSync(join(directory, first!.name, 'migration.sql'), '\n-- edited afterwards\n');
    await expect(migrate(db.url, { directory })).rejects.toThrow(/changed since they ran: .*init/);
    const states = await migrationStatus(db.url, directory);
    expect(states[0]!.state).toBe('changed');
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    const db = await emptyDatabase();
    const directory = mkdtempSync(join(tmpdir(), 'migrations-'));
    cpSync(DEFAULT_MIGRATIONS_DIR, directory, { recursive: true });
    const broken = join(directory, '29990101000000_broken');
    cpSync(join(directory, readMigrations(directory)[0]!.name), broken, { recursive: true });
    writeFileSync(join(broken, 'migration.sql'), 'CREATE TABLE "half_done" (id int);\nSELECT no_such_function();\n');

    await expect(migrate(db.url, { directory })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const client = new pg.Client(db.url);
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('half_done') IS NULL AS gone`);
    await client.end();
    expect(rows[0].gone).toBe(true);
    const names = (await bookkeeping(db.url)).map((row) => row.migration_name);
    expect(names).not.toContain('29990101000000_broken');
  });
});

describe('migration rollback (down.sql)', () => {
  async function placeOrderFunctionExists(url: string): Promise<boolean> {
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ found: boolean }>(
        `SELECT to_regproc('public.place_order') IS NOT NULL AS found`,
      );
      return rows[0]!.found;
    } finally {
      await client.end();
    }
  }

  async function indexNames(url: string): Promise<string[]> {
    const client = new pg.Client(url);
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = 'public'`,
      );
      return rows.map((row) => row.name);
    } finally {
      await client.end();
    }
  }

  it('undoes the newest migrations, marks them rolled back, and migrate applies them again', async () => {
    const db = await emptyDatabase();
    await migrate(db.url);
    const names = readMigrations().map((file) => file.name);
    const newest = names.slice(names.indexOf('20261202040000_orders_customer_created_index'));
    expect(await indexNames(db.url)).toEqual(
      expect.arrayContaining(['products_sku_lower_key', 'orders_customer_id_created_at_idx']),
    );

    const result = await rollback(db.url, { steps: newest.length });
    expect(result.rolledBack).toEqual([...newest].reverse());
    expect(await indexNames(db.url)).not.toEqual(expect.arrayContaining(['products_sku_lower_key']));
    expect(await indexNames(db.url)).not.toContain('orders_customer_id_created_at_idx');
    expect(await placeOrderFunctionExists(db.url)).toBe(false);
    const states = await migrationStatus(db.url);
    expect(states.filter((state) => state.state === 'pending').map((state) => state.name)).toEqual(newest);

    const again = await migrate(db.url);
    expect(again.applied).toEqual(newest);
    expect(await indexNames(db.url)).toEqual(
      expect.arrayContaining(['products_sku_lower_key', 'orders_customer_id_created_at_idx']),
    );
    expect(await placeOrderFunctionExists(db.url)).toBe(true);
    expect((await migrationStatus(db.url)).every((state) => state.state === 'applied')).toBe(true);
  });

  it('refuses, changing nothing, when a migration in the range has no down.sql', async () => {
    const db = await emptyDatabase();
    await migrate(db.url);
    const before = await indexNames(db.url);
    await expect(rollback(db.url, { steps: readMigrations().length })).rejects.toThrow(/has no down\.sql/);
    expect(await indexNames(db.url)).toEqual(before);
    expect((await migrationStatus(db.url)).every((state) => state.state === 'applied')).toBe(true);
  });
});

it('every down.sql runs: rolling back all that have one and migrating again ends where it started', async () => {
  const db = await emptyDatabase();
  await migrate(db.url);
  const before = await bookkeepingNames(db.url);
  const withDown = readMigrations()
    .map((file) => file.name)
    .reverse()
    .findIndex((name) => !existsSync(join(DEFAULT_MIGRATIONS_DIR, name, 'down.sql')));
  expect(withDown).toBeGreaterThanOrEqual(5);
  expect((await rollback(db.url, { steps: withDown })).rolledBack).toHaveLength(withDown);
  expect((await migrate(db.url)).applied).toHaveLength(withDown);
  expect(await bookkeepingNames(db.url)).toEqual(before);
});

async function bookkeepingNames(url: string): Promise<string[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}
