import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/prisma.js';
import { databaseUnavailableMapper } from './database-unavailable.js';
import type { ReplicaSet } from '../db/replicas.js';
import { createMetrics, type Metrics } from './metrics.js';
import { useMetrics } from './metrics-plugin.js';
import { useReadiness } from './readiness.js';
import { createRequestContext } from './request-context.js';
import { useRequestLogging } from './request-logging.js';
import { logEveryQuery, watchSlowQueries } from './slow-queries.js';

export { requestIdOf } from './request-context.js';
export type { Metrics } from './metrics.js';

export interface ObservabilityOptions {
  log: Logger;
  config: Pick<Config, 'SLOW_QUERY_MS' | 'DB_LOG_QUERIES' | 'READY_TIMEOUT_MS' | 'DB_POOL_TIMEOUT_MS'>;
  prisma: PrismaClient;
  /** The pool behind `prisma`, for the pool gauges and exhaustion diagnostics. */
  pool?: pg.Pool;
  metrics?: Metrics;
  /** The read replicas, for their health and lag gauges. */
  replicas?: ReplicaSet | null;
}

export interface Observability {
  metrics: Metrics;
  /** Request ids, request log lines, /metrics, /ready, slow-query log. */
  plugins: Plugin[];
  /** For error masking: a clear error when no database connection was available in time, else null. */
  mapDatabaseUnavailable(error: unknown): GraphQLError | null;
}

export function createObservability(options: ObservabilityOptions): Observability {
  const { log, config, prisma, pool } = options;
  const replicas = options.replicas;
  const metrics =
    options.metrics ?? createMetrics({ pool, ...(replicas ? { replicas: () => replicas.statuses() } : {}) });
  const requestContext = createRequestContext();
  let stopWatching: (() => void) | undefined;
  let stopLogging: (() => void) | undefined;
  const slowQueries: Plugin = {
    onYogaInit() {
      stopWatching ??= watchSlowQueries({
        log,
        metrics,
        thresholdMs: config.SLOW_QUERY_MS,
        ownsScope: requestContext.ownsScope,
      });
      if (config.DB_LOG_QUERIES) stopLogging ??= logEveryQuery({ log, ownsScope: requestContext.ownsScope });
    },
    onDispose() {
      stopWatching?.();
      stopWatching = undefined;
      stopLogging?.();
      stopLogging = undefined;
    },
  };
  return {
    metrics,
    plugins: [
      requestContext.plugin,
      useRequestLogging(log),
      useMetrics(metrics),
      useReadiness(prisma, config.READY_TIMEOUT_MS, log),
      slowQueries,
    ],
    mapDatabaseUnavailable: databaseUnavailableMapper({
      log,
      metrics,
      pool,
      poolTimeoutMs: config.DB_POOL_TIMEOUT_MS,
    }),
  };
}
