import type { Logger } from 'pino';
import { onQuery, type ObservedQuery } from '../db/query-observer.js';
import type { Metrics } from './metrics.js';

const MAX_SQL_LENGTH = 4_000;

/**
 * SQL text safe to log: statements carry their values as bound parameters
 * ($1, $2, which are never logged); literals written into the text itself
 * (strings, dollar-quoted bodies) are replaced too.
 */
export function redactSql(sql: string): string {
  const redacted = sql
    .replace(/\$([A-Za-z_]\w*)?\$[\s\S]*?\$\1\$|\b[eE]'(?:[^'\\]|\\[\s\S]|'')*'|'(?:[^']|'')*'/g, "'?'")
    .replace(/\s+/g, ' ')
    .trim();
  return redacted.length > MAX_SQL_LENGTH ? `${redacted.slice(0, MAX_SQL_LENGTH)}…` : redacted;
}

/** What a log line says of one statement: redacted SQL, duration, operation and request. */
function statementFields(query: ObservedQuery) {
  return {
    sql: redactSql(query.sql),
    durationMs: Math.round(query.durationMs * 10) / 10,
    operation: query.scope?.operationName ?? null,
    ...(query.scope?.requestId ? { requestId: query.scope.requestId } : {}),
    failed: query.failed,
  };
}

export interface SlowQueryWatchOptions {
  log: Logger;
  metrics: Metrics;
  thresholdMs: number;
  /**
   * Whether a statement sent inside a request scope belongs to this server
   * (several servers may share a test process). Statements outside any
   * request (start-up, background work) always concern it.
   */
  ownsScope?: (scope: NonNullable<ObservedQuery['scope']>) => boolean;
}

/** Logs and counts every statement slower than the threshold, with the operation that sent it. Returns the unsubscribe function. */
export function watchSlowQueries(options: SlowQueryWatchOptions): () => void {
  const concerns = (query: ObservedQuery) => !query.scope || !options.ownsScope || options.ownsScope(query.scope);
  return onQuery((query) => {
    if (query.durationMs < options.thresholdMs || !concerns(query)) return;
    options.metrics.recordSlowQuery(query.scope?.operationName ?? null);
    options.log.warn({ ...statementFields(query), thresholdMs: options.thresholdMs }, 'slow query');
  });
}

/** DB_LOG_QUERIES: every statement at info level with its duration and operation, parameters never. Returns the unsubscribe function. */
export function logEveryQuery(options: Omit<SlowQueryWatchOptions, 'metrics' | 'thresholdMs'>): () => void {
  return onQuery((query) => {
    if (query.scope && options.ownsScope && !options.ownsScope(query.scope)) return;
    options.log.info(statementFields(query), 'sql');
  });
}
