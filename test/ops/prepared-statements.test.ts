import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient, Prisma, rawSqlOf, type PrismaClient } from '../../src/db/prisma.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase();
  // One connection: what this test prepares is what its next statement sees.
  pool = createPool({
    connectionString: db.url,
    max: 1,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 10_000,
    statementTimeoutMs: 0,
  });
});
afterAll(async () => {
  await pool.end();
  await db.close();
});

const prepared = async () =>
  (await pool.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map(
    (row) => row.statement,
  );

describe('raw SQL as named prepared statements', () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrismaClient(pool);
  });
  afterAll(() => prisma.$disconnect());

  it('prepares a statement the second time its text runs, with the same rows', async () => {
    const sql = Prisma.sql`SELECT count(*)::int AS n FROM users WHERE id > ${0}`;
    const query = rawSqlOf(prisma);
    const first = await query<{ n: number }>(sql);
    expect(await prepared()).not.toContain(sql.text);
    const second = await query<{ n: number }>(sql);
    const third = await query<{ n: number }>(sql);
    expect(await prepared()).toContain(sql.text);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('plans a prepared statement anew when a migration changed what it returns', async () => {
    await pool.query('CREATE TABLE prepared_probe (id int)');
    await pool.query('INSERT INTO prepared_probe VALUES (1)');
    const sql = Prisma.sql`SELECT * FROM prepared_probe WHERE id = ${1}`;
    const query = rawSqlOf(prisma);
    await query(sql);
    await query(sql);
    expect(await prepared()).toContain(sql.text);
    await pool.query(`ALTER TABLE prepared_probe ADD COLUMN label text DEFAULT 'new'`);
    expect(await query(sql)).toEqual([{ id: 1, label: 'new' }]);
    expect(await query(sql)).toEqual([{ id: 1, label: 'new' }]);
  });

  it('sends nothing prepared when turned off', async () => {
    const unprepared = createPrismaClient(pool, { preparedStatements: false });
    const sql = Prisma.sql`SELECT ${2}::int AS two`;
    for (let i = 0; i < 3; i++) await rawSqlOf(unprepared)(sql);
    expect(await prepared()).not.toContain(sql.text);
    await unprepared.$disconnect();
  });
});
