import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ReplicaStatus } from '../db/replicas.js';

/** Beyond this many distinct operation names, further names are counted as "other" (bounded label cardinality). */
const MAX_OPERATION_LABELS = 200;
const MAX_OPERATION_NAME_LENGTH = 100;

export interface Metrics {
  registry: Registry;
  /** One finished GraphQL request. */
  recordRequest(operationName: string | null, durationSeconds: number, errorCodes: readonly string[]): void;
  recordSlowQuery(operationName: string | null): void;
  recordPoolTimeout(): void;
  /** A background job started, `latencySeconds` after it was due. */
  recordJobStart(task: string, latencySeconds: number): void;
  recordJobOutcome(task: string, outcome: 'succeeded' | 'failed'): void;
  /** A query the response cache looked at: served from it, executed and stored, or executed and not cacheable. */
  recordResponseCache(outcome: 'hit' | 'miss' | 'uncacheable'): void;
  /** Cached responses dropped after a change: by the mutation's own request, or by the outbox event's job. */
  recordCacheInvalidation(source: 'mutation' | 'event'): void;
  /** Where a query operation read from, and why (with DATABASE_REPLICA_URLS). */
  recordReadRoute(target: 'primary' | 'replica', reason: string): void;
}

export interface MetricsOptions {
  /** The pool whose clients are reported; without it the pool gauges are absent. */
  pool?: pg.Pool;
  /** The read replicas' health and lag, as gauges per replica. */
  replicas?: () => readonly ReplicaStatus[];
  /** Process and Node.js runtime metrics (default true). */
  processMetrics?: boolean;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests handled, by operation name',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors returned to clients, by error code and operation name',
    labelNames: ['code', 'operation'] as const,
    registers: [registry],
  });
  const slowQueries = new Counter({
    name: 'db_slow_queries_total',
    help: 'SQL statements slower than SLOW_QUERY_MS, by the GraphQL operation that sent them',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const poolTimeouts = new Counter({
    name: 'db_pool_checkout_timeouts_total',
    help: 'Requests that got no database connection within DB_POOL_TIMEOUT_MS',
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'jobs_total',
    help: 'Background jobs finished, by task and outcome (failed attempts are retried with backoff)',
    labelNames: ['task', 'outcome'] as const,
    registers: [registry],
  });
  const jobLatency = new Histogram({
    name: 'job_queue_latency_seconds',
    help: 'How long a background job waited between being due and starting, by task',
    labelNames: ['task'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [registry],
  });
  const responseCache = new Counter({
    name: 'graphql_response_cache_total',
    help: 'Queries the response cache looked at, by outcome: hit (served from the cache), miss (executed, stored), uncacheable',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const cacheInvalidations = new Counter({
    name: 'graphql_response_cache_invalidations_total',
    help: 'Invalidations of cached responses after committed changes, by source (mutation request or outbox event job)',
    labelNames: ['source'] as const,
    registers: [registry],
  });
  const readRoutes = new Counter({
    name: 'db_read_routes_total',
    help: 'Query operations by where they read (primary or replica) and why',
    labelNames: ['target', 'reason'] as const,
    registers: [registry],
  });
  const replicaStatuses = options.replicas;
  if (replicaStatuses) {
    new Gauge({
      name: 'db_replica_healthy',
      help: 'Whether a read replica takes reads (1) or is skipped (0: down, lagging or not a standby)',
      labelNames: ['replica'] as const,
      registers: [registry],
      collect() {
        for (const status of replicaStatuses()) this.set({ replica: status.target }, status.healthy ? 1 : 0);
      },
    });
    new Gauge({
      name: 'db_replica_lag_seconds',
      help: 'How far behind the primary a read replica was at its last check',
      labelNames: ['replica'] as const,
      registers: [registry],
      collect() {
        for (const status of replicaStatuses())
          if (status.lagMs !== null) this.set({ replica: status.target }, status.lagMs / 1000);
      },
    });
  }
  const pool = options.pool;
  if (pool) {
    const poolGauge = (name: string, help: string, read: (p: pg.Pool) => number) =>
      new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          this.set(read(pool));
        },
      });
    poolGauge('db_pool_max_clients', 'Configured maximum size of the database pool', (p) => p.options.max ?? 10);
    poolGauge('db_pool_total_clients', 'Open database connections in the pool', (p) => p.totalCount);
    poolGauge('db_pool_idle_clients', 'Open database connections not in use', (p) => p.idleCount);
    poolGauge('db_pool_waiting_clients', 'Queries waiting for a free database connection', (p) => p.waitingCount);
  }

  const seen = new Set<string>();
  const operationLabel = (name: string | null): string => {
    if (!name) return 'anonymous';
    const label = name.slice(0, MAX_OPERATION_NAME_LENGTH);
    if (seen.has(label)) return label;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(label);
    return label;
  };

  return {
    registry,
    recordRequest(operationName, durationSeconds, errorCodes) {
      const operation = operationLabel(operationName);
      requests.inc({ operation });
      duration.observe({ operation }, durationSeconds);
      for (const code of errorCodes) errors.inc({ code, operation });
    },
    recordSlowQuery(operationName) {
      slowQueries.inc({ operation: operationName ? operationLabel(operationName) : 'none' });
    },
    recordPoolTimeout() {
      poolTimeouts.inc();
    },
    recordJobStart(task, latencySeconds) {
      jobLatency.observe({ task }, Math.max(0, latencySeconds));
    },
    recordJobOutcome(task, outcome) {
      jobs.inc({ task, outcome });
    },
    recordResponseCache(outcome) {
      responseCache.inc({ outcome });
    },
    recordReadRoute(target, reason) {
      readRoutes.inc({ target, reason });
    },
    recordCacheInvalidation(source) {
      cacheInvalidations.inc({ source });
    },
  };
}
