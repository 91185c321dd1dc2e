import pg from 'pg';
import { emitQuery } from './query-observer.js';

export interface PoolOptions {
  connectionString: string;
  max: number;
  connectionTimeoutMillis: number;
  idleTimeoutMillis: number;
  statementTimeoutMs: number;
  applicationName?: string;
  /**
   * An idle pooled connection failed (e.g. the server restarted). pg discards
   * the client; without a listener the 'error' event would crash the process.
   */
  onIdleClientError?: (error: Error) => void;
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

/**
 * pg's own pool.query hands the statement to a client with a callback, invoked
 * from whichever request released that client, so it was neither observed nor
 * attributed to its caller. Run it as checkout + promise query instead (same
 * semantics: a client whose statement failed is discarded, as pg-pool does).
 */
function observePoolQueries(pool: pg.Pool): void {
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const query = async (text: unknown, values: unknown) => {
    const client = await pool.connect();
    let failure: Error | undefined;
    const onError = (error: Error) => {
      failure ??= error;
    };
    client.on('error', onError);
    try {
      return await (client.query as (...args: unknown[]) => Promise<unknown>)(text, values);
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(failure);
    }
  };
  pool.query = ((...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    const callbackStyle = args.some((arg) => typeof arg === 'function');
    if (callbackStyle || typeof first?.submit === 'function') return original(...args);
    return query(args[0], args[1]);
  }) as typeof pool.query;
}

export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max,
    connectionTimeoutMillis: options.connectionTimeoutMillis,
    idleTimeoutMillis: options.idleTimeoutMillis,
    application_name: options.applicationName ?? 'commerce-graphql',
    // Every "today" (age filters, report windows) is a UTC date, whatever the server's or database's time zone.
    options: '-c TimeZone=UTC',
    ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  pool.on('connect', instrument);
  pool.on('error', (error) => options.onIdleClientError?.(error));
  observePoolQueries(pool);
  return pool;
}
