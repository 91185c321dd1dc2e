import { randomUUID } from 'node:crypto';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryScopeStorage, runInQueryScope, type QueryScope } from '../db/query-observer.js';

export const REQUEST_ID_HEADER = 'x-request-id';
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** What the observability plugins learn about one HTTP request while it is handled. */
export interface RequestInfo {
  requestId: string;
  startedAt: number;
  /** Statements sent while this request is handled are counted here. */
  scope: QueryScope;
  /** true once yoga parsed GraphQL parameters: a GraphQL request, not /health, /metrics or GraphiQL. */
  graphql: boolean;
  operationName: string | null;
  errorCodes: string[];
}

const requests = new WeakMap<Request, RequestInfo>();

/** An incoming x-request-id is honoured when it is short and plain; otherwise a new one is made. */
export function requestIdFrom(header: string | null): string {
  const candidate = header?.trim();
  return candidate && ACCEPTED_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

export function requestInfo(request: Request): RequestInfo | undefined {
  return requests.get(request);
}

/** The request id for the context factory (falls back when the plugin did not see the request). */
export function requestIdOf(request: Request): string {
  return requests.get(request)?.requestId ?? requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
}

function errorCodesOf(result: unknown): string[] {
  if (!result || typeof result !== 'object') return [];
  if (Array.isArray(result)) return result.flatMap(errorCodesOf);
  const errors = (result as { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }).errors;
  return (errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'UNKNOWN'));
}

/**
 * Gives every request an id (honouring x-request-id, echoed in the response)
 * and runs its whole handling inside a query scope, so that SQL statements and
 * log lines are attributed to it. A scope already active around the request
 * (a test counting statements) still receives the request's statement count.
 */
export function createRequestContext(): { plugin: Plugin; ownsScope(scope: QueryScope): boolean } {
  const ownScopes = new WeakSet<QueryScope>();
  const plugin: Plugin = {
    instrumentation: {
      request({ request }, wrapped) {
        const outer = queryScopeStorage.getStore();
        const info: RequestInfo = {
          requestId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)),
          startedAt: performance.now(),
          scope: { statementCount: 0, operationName: null },
          graphql: false,
          operationName: null,
          errorCodes: [],
        };
        info.scope.requestId = info.requestId;
        requests.set(request, info);
        ownScopes.add(info.scope);
        const addToOuter = () => {
          if (outer) outer.statementCount += info.scope.statementCount;
        };
        try {
          const result = runInQueryScope(info.scope, wrapped);
          if (result instanceof Promise) return result.finally(addToOuter);
          addToOuter();
          return result;
        } catch (error) {
          addToOuter();
          throw error;
        }
      },
    },
    onParams({ request, params }) {
      const info = requests.get(request);
      if (!info) return;
      info.graphql = true;
      // Parameters are the client's: Yoga refuses ill-typed ones with a 400 after this hook.
      info.operationName = typeof params.operationName === 'string' ? params.operationName : null;
      info.scope.operationName = info.operationName;
    },
    onParse({ context }) {
      const info = context.request && requests.get(context.request);
      if (!info) return;
      return ({ result }) => {
        if (!result || result instanceof Error || !('kind' in result)) return;
        const name = getOperationAST(result, info.operationName)?.name?.value;
        if (name) {
          info.operationName = name;
          info.scope.operationName = name;
        }
      };
    },
    onResultProcess({ request, result }) {
      const info = requests.get(request);
      if (info) info.errorCodes.push(...errorCodesOf(result));
    },
    onResponse({ request, response }) {
      const info = requests.get(request);
      if (info) response.headers.set(REQUEST_ID_HEADER, info.requestId);
    },
  };
  return { plugin, ownsScope: (scope) => ownScopes.has(scope) };
}
