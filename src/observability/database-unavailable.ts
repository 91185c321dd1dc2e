import type pg from 'pg';
import type { Logger } from 'pino';
import { ServiceUnavailableError } from '../errors.js';
import { errorChain } from '../lib/db-errors.js';
import type { Metrics } from './metrics.js';

/** pg's messages when no connection could be had within connectionTimeoutMillis (pool full, or server silent). */
const NO_CONNECTION = /timeout exceeded when trying to connect|Connection terminated due to connection timeout/i;
/** The server went away or cannot be reached. */
const CONNECTION_LOST =
  /Connection terminated|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|server closed the connection|Client has encountered a connection error|Cannot use a pool after calling end/i;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * SQLSTATEs a client can act on by retrying: statement timeout / cancel
 * (57014), server shutting down or starting (57P01–57P03), too many
 * connections (53300), connection exceptions (08xxx), and serialization
 * failures / deadlocks that survived the services' own retries.
 */
const RETRYABLE_SQLSTATE = /^(57014|57P0[123]|53300|53400|08...|40001|40P01)$/;

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is busy or unavailable; please retry shortly';

export type UnavailableKind = 'no-connection' | 'connection-lost' | 'timeout' | 'busy';

/** Why an error (or any error it wraps) means the database could not serve the request now; null when it does not. */
export function unavailableKindOf(error: unknown): UnavailableKind | null {
  for (const record of errorChain(error)) {
    const message = typeof record['message'] === 'string' ? record['message'] : '';
    if (NO_CONNECTION.test(message)) return 'no-connection';
    for (const key of ['originalCode', 'code']) {
      const code = record[key];
      if (typeof code !== 'string') continue;
      if (NETWORK_CODES.has(code)) return 'connection-lost';
      if (RETRYABLE_SQLSTATE.test(code))
        return code === '57014' ? 'timeout' : code.startsWith('08') ? 'connection-lost' : 'busy';
    }
    if (record['kind'] === 'DatabaseNotReachable' || record['kind'] === 'ConnectionClosed') return 'connection-lost';
    if (CONNECTION_LOST.test(message)) return 'connection-lost';
  }
  return null;
}

/** Whether an error, or any error it wraps, says that no database connection was available in time. */
export function isNoConnectionError(error: unknown): boolean {
  return unavailableKindOf(error) === 'no-connection';
}

export interface DatabaseUnavailableOptions {
  log: Logger;
  metrics: Metrics;
  pool?: pg.Pool;
  poolTimeoutMs: number;
}

/**
 * For error masking: a request the database could not serve (no connection
 * within DB_POOL_TIMEOUT_MS, connection lost, statement timeout, server busy)
 * fails with SERVICE_UNAVAILABLE and `retryable: true`, never hangs; the log
 * says which, and whether the pool was exhausted or the server silent.
 */
export function databaseUnavailableMapper(options: DatabaseUnavailableOptions) {
  return (error: unknown): ServiceUnavailableError | null => {
    const kind = unavailableKindOf(error);
    if (!kind) return null;
    const cause = error instanceof Error ? error.message : String(error);
    if (kind !== 'no-connection') {
      options.log.warn({ diagnosis: kind, cause }, `database could not serve the request (${kind})`);
      return new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE, kind);
    }
    options.metrics.recordPoolTimeout();
    const pool = options.pool;
    const state = pool
      ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max }
      : undefined;
    const exhausted = state !== undefined && state.max !== undefined && state.total >= state.max && state.idle === 0;
    options.log.error(
      { pool: state, poolTimeoutMs: options.poolTimeoutMs, cause },
      exhausted
        ? `database pool exhausted: all ${state.max} connections busy for ${options.poolTimeoutMs} ms (raise DB_POOL_SIZE or find the slow statements)`
        : `no database connection within ${options.poolTimeoutMs} ms: the database does not answer`,
    );
    return new ServiceUnavailableError(DATABASE_UNAVAILABLE_MESSAGE, kind);
  };
}
