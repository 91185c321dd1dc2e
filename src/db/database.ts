import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../config.js';
import { connectWithRetry, type ConnectRetry } from './connect-with-retry.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded.js';
import { migrate } from './migrator.js';
import { createPool } from './pool.js';
import { createPrismaClient, type PrismaClient } from './prisma.js';
import { ReplicaSet, type ReplicaStatus } from './replicas.js';

export interface Database {
  url: string;
  pool: pg.Pool;
  prisma: PrismaClient;
  embedded: EmbeddedDatabase | null;
  /** The read replicas of DATABASE_REPLICA_URLS, checked in the background; null without any. */
  replicas: ReplicaSet | null;
  /**
   * Cancels the statements this process's pool is running (their
   * transactions roll back): shutdown's last resort for requests stuck on a
   * lock. Returns how many were cancelled; 0 on the embedded database.
   */
  cancelActiveStatements(): Promise<number>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations first (default true). */
  migrate?: boolean;
  log?: (line: string) => void;
  /** Told when an idle pooled connection fails; the pool replaces it on next use. */
  onIdleClientError?: (error: Error) => void;
  /** Told when a read replica starts or stops taking reads (down, lagging, back). */
  onReplicaChange?: (status: ReplicaStatus) => void;
  /** Told about each failed attempt to reach DATABASE_URL before the next one (bounded by DB_CONNECT_RETRIES). */
  onConnectRetry?: (retry: ConnectRetry) => void;
}

/**
 * Connects to DATABASE_URL, or, when it is unset, to an embedded PostgreSQL
 * (PGlite) kept in DATA_DIR. Both go through the same pg pool and Prisma
 * adapter; PGlite serves one connection at a time, so its pool has one.
 */
export async function openDatabase(config: Config, options: OpenDatabaseOptions = {}): Promise<Database> {
  const embedded = config.embedded ? await startEmbeddedDatabase(config.DATA_DIR) : null;
  const url = embedded?.url ?? config.DATABASE_URL!;
  if (!embedded) {
    await connectWithRetry(url, {
      retries: config.DB_CONNECT_RETRIES,
      baseDelayMs: config.DB_CONNECT_RETRY_DELAY_MS,
      connectTimeoutMs: config.DB_POOL_TIMEOUT_MS,
      onRetry: options.onConnectRetry,
    });
  }
  try {
    if (options.migrate !== false) await migrate(url, options.log ? { log: options.log } : {});
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  // Names this process's connections in pg_stat_activity, so that shutdown can cancel exactly them.
  const applicationName = `commerce-graphql:${randomUUID().slice(0, 8)}`;
  const pool = createPool({
    applicationName,
    connectionString: url,
    max: embedded ? 1 : config.DB_POOL_SIZE,
    connectionTimeoutMillis: config.DB_POOL_TIMEOUT_MS,
    idleTimeoutMillis: config.DB_IDLE_TIMEOUT_MS,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    ...(options.onIdleClientError ? { onIdleClientError: options.onIdleClientError } : {}),
  });
  const prisma = createPrismaClient(pool, { preparedStatements: !embedded && config.DB_PREPARED_STATEMENTS });
  const replicas = embedded ? null : replicaSetFor(config, url, options);
  await replicas?.start();
  let closed = false;
  return {
    url,
    pool,
    prisma,
    embedded,
    replicas,
    async cancelActiveStatements() {
      if (embedded) return 0;
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      try {
        await client.connect();
        const result = await client.query(
          `SELECT pg_cancel_backend(pid) FROM pg_stat_activity
           WHERE application_name = $1 AND state <> 'idle' AND pid <> pg_backend_pid()`,
          [applicationName],
        );
        return result.rowCount ?? 0;
      } finally {
        await client.end().catch(() => {});
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await replicas?.close();
      await prisma.$disconnect();
      await pool.end();
      await embedded?.close();
    },
  };
}

function replicaSetFor(config: Config, primaryUrl: string, options: OpenDatabaseOptions): ReplicaSet | null {
  if (config.DATABASE_REPLICA_URLS.length === 0) return null;
  return new ReplicaSet({
    urls: config.DATABASE_REPLICA_URLS,
    primaryUrl,
    pool: {
      max: config.DB_POOL_SIZE,
      connectionTimeoutMillis: config.DB_POOL_TIMEOUT_MS,
      idleTimeoutMillis: config.DB_IDLE_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      applicationName: 'commerce-graphql:replica',
      ...(options.onIdleClientError ? { onIdleClientError: options.onIdleClientError } : {}),
    },
    preparedStatements: config.DB_PREPARED_STATEMENTS,
    maxLagMs: config.REPLICA_MAX_LAG_MS,
    checkIntervalMs: config.REPLICA_CHECK_INTERVAL_MS,
    ...(options.onReplicaChange ? { onChange: options.onReplicaChange } : {}),
  });
}
