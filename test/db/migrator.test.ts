import { mkdtempSync, cpSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MIGRATIONS_DIR, migrate, migrationStatus, readMigrations } from '../../src/db/migrator.js';
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
