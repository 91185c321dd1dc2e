import { AsyncLocalStorage } from 'node:async_hooks';

/** What one SQL statement sent to PostgreSQL looked like. */
export interface ObservedQuery {
  sql: string;
  durationMs: number;
  failed: boolean;
  /** The request scope active when the statement was sent, if any. */
  scope: QueryScope | undefined;
}

/** Per-request (or per-test) scope: statements sent inside it are attributed to it. */
export interface QueryScope {
  requestId?: string;
  operationName?: string | null;
  statementCount: number;
}

type Listener = (query: ObservedQuery) => void;

const listeners = new Set<Listener>();
export const queryScopeStorage = new AsyncLocalStorage<QueryScope>();

export function onQuery(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function runInQueryScope<T>(scope: QueryScope, fn: () => T): T {
  return queryScopeStorage.run(scope, fn);
}

export function emitQuery(sql: string, durationMs: number, failed: boolean): void {
  const scope = queryScopeStorage.getStore();
  if (scope) scope.statementCount += 1;
  if (listeners.size === 0) return;
  const event: ObservedQuery = { sql, durationMs, failed, scope };
  for (const listener of listeners) listener(event);
}
