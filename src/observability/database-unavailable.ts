import { GraphQLError } from 'graphql';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';

/** pg's messages when no connection could be had within connectionTimeoutMillis (pool full, or server silent). */
const NO_CONNECTION = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is busy or unavailable; please retry shortly';

/** Whether an error, or any error it wraps, says that no database connection was available in time. */
export function isNoConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current instanceof Error && NO_CONNECTION.test(current.message)) return true;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
  return false;
}

export interface DatabaseUnavailableOptions {
  log: Logger;
  metrics: Metrics;
  pool?: pg.Pool;
  poolTimeoutMs: number;
}

/**
 * For error masking: a request that got no connection within
 * DB_POOL_TIMEOUT_MS fails (it never hangs) with INTERNAL_SERVER_ERROR and a
 * retry hint; the log says whether the pool was exhausted or the server silent.
 */
export function databaseUnavailableMapper(options: DatabaseUnavailableOptions) {
  return (error: unknown): GraphQLError | null => {
    if (!isNoConnectionError(error)) return null;
    options.metrics.recordPoolTimeout();
    const pool = options.pool;
    const state = pool
      ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max }
      : undefined;
    const exhausted = state !== undefined && state.max !== undefined && state.total >= state.max && state.idle === 0;
    options.log.error(
      { pool: state, poolTimeoutMs: options.poolTimeoutMs, cause: error instanceof Error ? error.message : String(error) },
      exhausted
        ? `database pool exhausted: all ${state.max} connections busy for ${options.poolTimeoutMs} ms (raise DB_POOL_SIZE or find the slow statements)`
        : `no database connection within ${options.poolTimeoutMs} ms: the database does not answer`,
    );
    return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR', retryable: true } });
  };
}
