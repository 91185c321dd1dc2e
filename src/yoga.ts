import { fileURLToPath } from 'node:url';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type CORSOptions, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type pg from 'pg';
import type { Logger } from 'pino';
import { Redis } from 'ioredis';
import { LoginAttemptLimiter, QueryCostBudget } from './auth/rate-limit.js';
import type { Config } from './config.js';
import { createContext, useRequestLoaders, type Context } from './context.js';
import type { PrismaClient } from './db/prisma.js';
import { queryLimitPlugins } from './lib/query-limits.js';
import { useRequestGuard } from './lib/request-guard.js';
import { useExportDownload } from './http/export-download.js';
import { useGraphiQLPage } from './http/graphiql-page.js';
import { useAdminConsole } from './http/admin-console.js';
import { createLiveUpdates, type LiveUpdates } from './events/live.js';
import { responseCacheStoreFor, type ResponseCacheStore } from './cache/response-cache.js';
import { isCacheableOperation, useCatalogResponseCache } from './cache/response-cache-plugin.js';
import { memorySubscriptionSlots, redisSubscriptionSlots } from './lib/subscription-slots.js';
import type { ReplicaSet } from './db/replicas.js';
import { useReadReplicas } from './lib/read-routing.js';
import { memoryRecentWriters, redisRecentWriters, type RecentWriters } from './lib/recent-writers.js';
import { createObservability, requestIdOf, type Metrics } from './observability/index.js';
import { schema } from './schema/index.js';
import { clientAddressOf } from './http/client-address.js';
import { maskError } from './http/error-masking.js';
import { CUSTOMER_EXAMPLE_QUERY, EXAMPLE_QUERY } from './http/graphiql-examples.js';
import { viewerFrom } from './http/viewer.js';
import { AccountCache } from './auth/account-cache.js';
import { listenForAccountChanges } from './db/account-changes.js';
import { useCompiledReads } from './execution/compiled-reads.js';

export interface ServerDependencies {
  prisma: PrismaClient;
  config: Config;
  log: Logger;
  /** The pool behind `prisma`: pool gauges in /metrics and exhaustion diagnostics. */
  pool?: pg.Pool;
  metrics?: Metrics;
  /** The pub/sub for subscriptions; the in-process worker publishes to the same one. Default: from REDIS_URL. */
  live?: LiveUpdates;
  /** Where cached catalog reads live (with RESPONSE_CACHE); the in-process worker invalidates the same one. Default: from REDIS_URL. */
  responseCache?: ResponseCacheStore;
  /** Read replicas that query operations are routed to (DATABASE_REPLICA_URLS). */
  replicas?: ReplicaSet | null;
  /** Who wrote lately (read-your-writes); default: in Redis with REDIS_URL, else in this process. */
  recentWriters?: RecentWriters;
}

/**
 * CORS_ORIGINS lists the origins allowed to call the API from a browser (with
 * credentials). Without it, production allows no cross-origin caller and
 * development allows any origin without credentials.
 */
function corsOptions(config: Config): CORSOptions {
  if (config.CORS_ORIGINS.length > 0) return { origin: config.CORS_ORIGINS, credentials: true };
  if (config.NODE_ENV === 'production') return false;
  return { origin: '*', credentials: false };
}

/** Introspection refused at validation (production without GRAPHIQL=true). */
function useIntrospectionDisabled(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function createServer(deps: ServerDependencies): YogaServerInstance<Record<string, unknown>, Context> {
  const { prisma, config, log } = deps;
  const observability = createObservability({
    log,
    config,
    prisma,
    pool: deps.pool,
    metrics: deps.metrics,
    replicas: deps.replicas,
  });
  const production = config.NODE_ENV === 'production';
  const live = deps.live ?? createLiveUpdates(config.REDIS_URL);
  // One connection for the state instances share: rate limits, subscription slots, recent writers.
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1 }) : undefined;
  const subscriptionSlots = redis
    ? redisSubscriptionSlots(redis, config.MAX_SUBSCRIPTIONS_PER_ACCOUNT, {
        prefix: config.REDIS_PREFIX,
        onError: (error) =>
          log.warn({ err: error }, 'subscription slots in Redis unavailable; the per-account cap is not enforced'),
      })
    : memorySubscriptionSlots(config.MAX_SUBSCRIPTIONS_PER_ACCOUNT);
  const responseCache = config.RESPONSE_CACHE ? (deps.responseCache ?? responseCacheStoreFor(config, log)) : undefined;
  // GraphiQL and introspection: on outside production; in production only with GRAPHIQL=true.
  const exposeSchema = config.GRAPHIQL ?? !production;
  // Rate limits live in Redis when REDIS_URL is set: every instance counts against the same budgets.
  const limiterStore = redis ? { redis, prefix: config.REDIS_PREFIX } : {};
  const loginAttempts = new LoginAttemptLimiter(
    config.LOGIN_RATE_LIMIT,
    config.LOGIN_RATE_WINDOW_SECONDS,
    config.LOGIN_ADDRESS_RATE_LIMIT,
    limiterStore,
  );
  const replicas = deps.replicas ?? null;
  const recentWriters = replicas
    ? (deps.recentWriters ??
      (redis
        ? redisRecentWriters(redis, config.READ_YOUR_WRITES_MS, `${config.REDIS_PREFIX}recent-writer:`)
        : memoryRecentWriters(config.READ_YOUR_WRITES_MS)))
    : undefined;
  // Only with the pool behind prisma: the listener must hear the very database the accounts are read from.
  const accountsUrl = config.ACCOUNT_CACHE_MS > 0 && !config.embedded ? deps.pool?.options.connectionString : undefined;
  const accounts = accountsUrl ? new AccountCache(config.ACCOUNT_CACHE_MS) : undefined;
  const accountChanges = accounts && accountsUrl ? listenForAccountChanges(accountsUrl, accounts, log) : undefined;
  const costBudget =
    config.QUERY_COST_BUDGET_PER_MINUTE > 0
      ? new QueryCostBudget(config.QUERY_COST_BUDGET_PER_MINUTE, limiterStore)
      : undefined;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    // The body limit is useRequestGuard's (MAX_BODY_BYTES): Yoga's would pipe every body through a stream.
    maxRequestBodySize: false,
    // GraphiQL is served by useGraphiQLPage (rendered and compressed once); Yoga's own is off.
    graphiql: false,
    cors: corsOptions(config),
    logging: log,
    maskedErrors: { maskError: maskError(log, observability.mapDatabaseUnavailable) },
    plugins: [
      useRequestLoaders(),
      ...observability.plugins,
      useRequestGuard({ graphqlEndpoint: '/graphql', maxBodyBytes: config.MAX_BODY_BYTES }),
      ...(exposeSchema
        ? [
            useGraphiQLPage({
              graphqlEndpoint: '/graphql',
              title: 'Commerce GraphQL',
              tabs: [
                { query: EXAMPLE_QUERY },
                {
                  query: CUSTOMER_EXAMPLE_QUERY,
                  headers: JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2),
                },
              ],
            }),
          ]
        : []),
      useAdminConsole({ dir: fileURLToPath(new URL('../admin/dist', import.meta.url)) }),
      useExportDownload({ prisma, config, authenticate: (request) => viewerFrom(request, config.JWT_SECRET, prisma) }),
      ...(exposeSchema ? [] : [useIntrospectionDisabled()]),
      ...queryLimitPlugins({ production, costBudget }),
      // Before the response cache: a cache fill runs the compiled read (the cache wraps this executor).
      ...(config.COMPILED_READS ? [useCompiledReads({ prisma, log })] : []),
      ...(responseCache
        ? useCatalogResponseCache({
            schema,
            store: responseCache,
            ttlSeconds: config.RESPONSE_CACHE_TTL_SECONDS,
            httpMaxAgeSeconds: config.HTTP_CACHE_MAX_AGE_SECONDS,
            metrics: observability.metrics,
            log,
            exposeMetadata: config.NODE_ENV === 'development',
          })
        : []),
      ...(replicas && recentWriters
        ? [
            useReadReplicas({
              replicas,
              recentWriters,
              metrics: observability.metrics,
              log,
              ...(responseCache ? { fillsCache: isCacheableOperation } : {}),
            }),
          ]
        : []),
      {
        onDispose: async () => {
          await (await accountChanges)?.close();
          await subscriptionSlots.close();
          if (recentWriters && !deps.recentWriters) await recentWriters.close();
          redis?.disconnect();
          if (responseCache && !deps.responseCache) await responseCache.close();
          // A pub/sub this server made itself is its to close; one handed in belongs to the caller.
          if (!deps.live) await live.close();
        },
      },
    ],
    context: async ({ request, ...serverContext }) =>
      createContext({
        requestId: requestIdOf(request),
        viewer: await viewerFrom(request, config.JWT_SECRET, prisma, accounts),
        prisma,
        config,
        log,
        origin: new URL(request.url).origin,
        live,
        subscriptionSlots,
        clientAddress: clientAddressOf(request, serverContext, config.TRUST_PROXY),
        loginAttempts,
      }),
  });
}
