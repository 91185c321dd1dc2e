import pg from 'pg';
import { emitQuery } from './query-observer.js';

export interface PoolOptions {
  connectionString: string;
  max: number;
  connectionTimeoutMillis: number;
  idleTimeoutMillis: number;
  statementTimeoutMs: number;
  applicationName?: string;
}

type QueryFn = pg.PoolClient['query'];

function queryText(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first) return String((first as { text: unknown }).text);
  return '';
}

/**
 * Wraps a client's query method so that every statement, whoever sends it
 * (Prisma through the adapter, raw SQL, the migration runner), is reported to
 * the query observer with its duration.
 */
function instrument(client: pg.PoolClient): void {
  const marked = client as pg.PoolClient & { __observed?: true };
  if (marked.__observed) return;
  marked.__observed = true;
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const observed = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === 'function') return original(...args);
    const sql = queryText(args);
    const started = performance.now();
    const result = original(...args) as Promise<unknown>;
    return result.then(
      (value) => {
        emitQuery(sql, performance.now() - started, false);
        return value;
      },
      (error: unknown) => {
        emitQuery(sql, performance.now() - started, true);
        throw error;
      },
    );
  };
  client.query = observed as QueryFn;
}

export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: options.connectionTimeoutMillis,
    idleTimeoutMillis: options.idleTimeoutMillis,
    application_name: options.applicationName ?? 'commerce-graphql',
    ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  pool.on('connect', instrument);
  return pool;
}
