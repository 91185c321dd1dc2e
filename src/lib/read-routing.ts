import { getOperationAST, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../context.js';
import type { ReplicaSet } from '../db/replicas.js';
import type { Metrics } from '../observability/metrics.js';
import type { RecentWriters } from './recent-writers.js';

/** Fields about one server rather than the data: index statistics and health are the primary's. */
const PRIMARY_ONLY_FIELDS = new Set(['health', 'indexUsage', 'unusedIndexes']);

export interface ReadRoutingOptions {
  replicas: ReplicaSet;
  recentWriters: RecentWriters;
  metrics: Metrics;
  log: Logger;
  /** Query operations that must read the primary anyway (the ones the response cache would store). */
  fillsCache?: (document: DocumentNode, operationName?: string | null) => boolean;
}

/**
 * Whose writes a request's reads must see: the signed-in account, and the
 * client address (an anonymous signUp is followed by reads with the new
 * token from the same address).
 */
function writerKeys(context: Context): string[] {
  const keys = [`address:${context.clientAddress}`];
  if (context.viewer) keys.push(`account:${context.viewer.userId}`);
  return keys;
}

function readsPrimaryOnlyFields(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (PRIMARY_ONLY_FIELDS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/**
 * Query operations run on a healthy replica: the whole operation on one, so
 * that its lists, counts and reports agree with each other. Mutations and
 * subscriptions stay on the primary, and so does every read of a viewer who
 * wrote within READ_YOUR_WRITES_MS. Everything that reads — Prisma, the list
 * SQL, the reports — goes through `context.prisma`, which this swaps.
 */
export function useReadReplicas(options: ReadRoutingOptions): Plugin<Context> {
  const { replicas, recentWriters, metrics, log } = options;
  return {
    async onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as Context;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation === 'mutation') {
        const keys = writerKeys(context);
        setExecuteFn(async (executionArgs) => {
          try {
            return await executeFn(executionArgs);
          } finally {
            // Before the response leaves: the viewer's next request must already see the window.
            await recentWriters
              .mark(keys)
              .catch((error: unknown) => log.warn({ err: error }, 'could not record a recent writer'));
          }
        });
        return;
      }
      if (operation !== 'query') return;
      if (readsPrimaryOnlyFields(args.document)) return metrics.recordReadRoute('primary', 'server-fields');
      if (options.fillsCache?.(args.document, args.operationName))
        return metrics.recordReadRoute('primary', 'cache-fill');
      const recent = await recentWriters.anyRecent(writerKeys(context)).catch((error: unknown) => {
        log.warn({ err: error }, 'could not look up recent writers; reading from the primary');
        return true;
      });
      if (recent) return metrics.recordReadRoute('primary', 'recent-write');
      const replica = replicas.pick();
      if (!replica) return metrics.recordReadRoute('primary', 'no-healthy-replica');
      context.prisma = replica.prisma;
      metrics.recordReadRoute('replica', 'query');
    },
  };
}
