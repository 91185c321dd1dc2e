import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { migrate } from '../../src/db/migrator.js';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient, type PrismaClient } from '../../src/db/prisma.js';
import { databaseUrl, quoteIdentifier } from './database-url.js';

export interface TestDatabase {
  mode: 'server' | 'embedded';
  url: string;
  pool: pg.Pool;
  prisma: PrismaClient;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Pool size on the real server (PGlite always has one connection). */
  poolSize?: number;
  /** Skip the migrated template: an empty database (migration tests). */
  empty?: boolean;
}

/** A database of this test file's own: a clone of the migrated template, or an in-memory PGlite. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const provided = inject('testDatabase');
  let url: string;
  let dispose: () => Promise<void>;
  if (provided.mode === 'server') {
    const name = `${provided.prefix}_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: provided.adminUrl });
    await admin.connect();
    await admin.query(
      options.empty
        ? `CREATE DATABASE ${quoteIdentifier(name)}`
        : `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(provided.template)}`,
    );
    url = databaseUrl(provided.adminUrl, name);
    dispose = async () => {
      // pool.end() resolves before its connections have closed; forcing them
      // closed would make the pool emit an unhandled 'error'. Wait briefly.
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [
          name,
        ]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const embedded = await startEmbeddedDatabase(undefined);
    if (!options.empty) await migrate(embedded.url);
    url = embedded.url;
    dispose = () => embedded.close();
  }
  const pool = createPool({
    connectionString: url,
    max: provided.mode === 'server' ? (options.poolSize ?? 5) : 1,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 10_000,
    statementTimeoutMs: 30_000,
  });
  const prisma = createPrismaClient(pool);
  return {
    mode: provided.mode,
    url,
    pool,
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await dispose();
    },
  };
}

/**
 * True when the suite runs on the embedded PGlite fallback. Tests that need a
 * real server (several connections, locks held across them, statement_timeout,
 * a missing database) skip there: `it.skipIf(onEmbeddedDatabase())(…)`.
 */
export function onEmbeddedDatabase(): boolean {
  return inject('testDatabase').mode === 'embedded';
}
