import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { requestInfo } from './request-context.js';

/** Paths probed by load balancers and scrapers: logged at debug level only, so they do not drown the request log. */
const PROBE_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * One line per request: id, operation, HTTP status, duration, error codes and
 * the number of SQL statements it sent. Never headers, variables or bodies.
 */
export function useRequestLogging(log: Logger): Plugin {
  return {
    onResponse({ request, response }) {
      const info = requestInfo(request);
      if (!info) return;
      const path = new URL(request.url).pathname;
      const durationMs = Math.round((performance.now() - info.startedAt) * 10) / 10;
      const line = {
        requestId: info.requestId,
        method: request.method,
        path,
        status: response.status,
        ...(info.graphql ? { operation: info.operationName ?? 'anonymous' } : {}),
        durationMs,
        ...(info.errorCodes.length > 0 ? { errors: [...new Set(info.errorCodes)] } : {}),
        statements: info.scope.statementCount,
      };
      const failed =
        response.status >= 500 ||
        info.errorCodes.includes('INTERNAL_SERVER_ERROR') ||
        info.errorCodes.includes('SERVICE_UNAVAILABLE');
      if (failed) log.error(line, 'request failed');
      else if (PROBE_PATHS.has(path)) log.debug(line, 'request');
      else log.info(line, 'request');
    },
  };
}
