import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { PrismaClient } from '../db/prisma.js';
import { checkHealth } from '../services/health.js';

export const READY_PATH = '/ready';

/**
 * /ready: 200 when the database answers within `timeoutMs`, 503 otherwise
 * (the reason is logged, not shown). /health (yoga's) only says the process is alive.
 */
export function useReadiness(prisma: PrismaClient, timeoutMs: number, log: Logger): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== READY_PATH) return;
      const { status, database, version, failure } = await checkHealth(prisma, timeoutMs);
      if (failure) log.warn({ failure, timeoutMs }, 'not ready: the database does not answer');
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status, database, version }), {
          status: database ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
