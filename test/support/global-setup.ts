import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrator.js';
import { databaseUrl, DEFAULT_TEST_DATABASE_URL, quoteIdentifier } from './database-url.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { mode: 'server'; adminUrl: string; template: string; prefix: string } | { mode: 'embedded' };
  }
}

async function serverAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Migrates one template database per run on the real PostgreSQL; every test
 * file clones it (CREATE DATABASE … TEMPLATE), so files never share data.
 * Where no server answers, each test file gets its own in-memory PGlite.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env['TEST_DATABASE_URL'] || DEFAULT_TEST_DATABASE_URL;
  if (!(await serverAnswers(adminUrl))) {
    console.warn(`[tests] no PostgreSQL answers at ${adminUrl}; falling back to embedded PGlite (one per test file)`);
    project.provide('testDatabase', { mode: 'embedded' });
    return async () => {};
  }
  // On a shared server: TEST_DATABASE_PREFIX names this run's databases (a lower-case identifier); they are dropped after it.
  const base = process.env['TEST_DATABASE_PREFIX'] || 'commerce_test';
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(base)) {
    throw new Error(`TEST_DATABASE_PREFIX must be a lower-case identifier of at most 41 characters (got "${base}")`);
  }
  const prefix = `${base}_${randomBytes(4).toString('hex')}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdentifier(template)}`);
  await migrate(databaseUrl(adminUrl, template));
  project.provide('testDatabase', { mode: 'server', adminUrl, template, prefix });

  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(datname)} WITH (FORCE)`);
    }
    await admin.end();
  };
}
