import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: 2 });
});
afterAll(() => db.close());

it('survives an idle connection being killed by the server and reconnects on next use', async (context) => {
  if (db.mode === 'embedded') context.skip();
  const idleErrors: Error[] = [];
  const pool = createPool({
    connectionString: db.url,
    max: 1,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 60_000,
    statementTimeoutMs: 0,
    applicationName: 'pool-errors-test',
    onIdleClientError: (error) => idleErrors.push(error),
  });
  try {
    await pool.query('SELECT 1');
    const admin = new pg.Client(db.url);
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pool-errors-test'`,
    );
    await admin.end();
    await expect.poll(() => idleErrors.length, { timeout: 5_000 }).toBe(1);
    const { rows } = await pool.query<{ answer: number }>('SELECT 42 AS answer');
    expect(rows[0]?.answer).toBe(42);
  } finally {
    await pool.end();
  }
});
