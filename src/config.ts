import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEV_JWT_SECRET = 'development-only-jwt-secret-change-me-0123456789';
const DEV_ENCRYPTION_KEY = '0'.repeat(64);

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', ''])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === 'true' || value === '1'));

/** An empty value means "unset" (Number('') would silently be 0). */
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(min).max(max).default(fallback),
  );

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
        .optional(),
    ),
    /** Comma-separated read replicas (streaming standbys of DATABASE_URL): query operations, reports and exports read there. */
    DATABASE_REPLICA_URLS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'must be a comma-separated list of postgresql:// URLs'))),
    /** A replica further behind the primary than this is skipped until it catches up. */
    REPLICA_MAX_LAG_MS: int(1_000, 0, 3_600_000),
    /** How often each instance checks its replicas' lag and health. */
    REPLICA_CHECK_INTERVAL_MS: int(500, 50, 60_000),
    /** After a mutation, that viewer's (and that address's) reads go to the primary for this long. */
    READ_YOUR_WRITES_MS: int(5_000, 0, 3_600_000),
    /**
     * How long a server may answer from its copy of a token's account (0: look it up on every request).
     * Default 2000 in production, 0 otherwise. Changes made through this server are evicted at once, others
     * as PostgreSQL announces them (milliseconds); this bounds what a lost or late announcement can leave.
     */
    ACCOUNT_CACHE_MS: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z.coerce.number().int().min(0).max(60_000).optional(),
    ),
    DB_POOL_SIZE: int(10, 1, 500),
    DB_POOL_TIMEOUT_MS: int(5_000, 100, 600_000),
    DB_IDLE_TIMEOUT_MS: int(30_000, 0, 3_600_000),
    DB_STATEMENT_TIMEOUT_MS: int(15_000, 0, 3_600_000),
    /** Repeated raw SQL (compiled reads, keyset pages) as named prepared statements; off behind a pooler that drops them. */
    DB_PREPARED_STATEMENTS: flag(true),
    DB_CONNECT_RETRIES: int(5, 0, 100),
    DB_CONNECT_RETRY_DELAY_MS: int(500, 10, 60_000),
    SLOW_QUERY_MS: int(200, 0, 600_000),
    /** Log every SQL statement (info level) with its duration and GraphQL operation; parameters are never logged. */
    DB_LOG_QUERIES: flag(false),
    READY_TIMEOUT_MS: int(2_000, 50, 60_000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: int(4000, 0, 65_535),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    JWT_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    JWT_TTL_SECONDS: int(86_400, 60, 31_536_000),
    /** Failed log-ins allowed per login name and per client address within the window. */
    LOGIN_RATE_LIMIT: int(5, 1, 10_000),
    LOGIN_RATE_WINDOW_SECONDS: int(60, 1, 86_400),
    /** Failed log-ins allowed per client address (any logins) within the window: much larger, so one address cannot lock out others. */
    LOGIN_ADDRESS_RATE_LIMIT: int(100, 1, 1_000_000),
    /** Query cost (as the cost limit counts it) each client may spend per minute: anonymous by address, signed-in by account. 0 = no budget. */
    QUERY_COST_BUDGET_PER_MINUTE: int(2_000_000, 0, 1_000_000_000),
    /** Only behind a reverse proxy that sets X-Forwarded-For: then the client address is read from it. */
    TRUST_PROXY: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
        .optional(),
    ),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    ADMIN_EMAIL: optionalString.pipe(z.email('must be an email address').optional()),
    ADMIN_PASSWORD: optionalString,
    SHUTDOWN_TIMEOUT_MS: int(10_000, 0, 600_000),
    /** Redis (redis://host:6379): live updates across instances. Unset: in-process only. */
    REDIS_URL: optionalString.pipe(
      z
        .string()
        .regex(/^rediss?:\/\//, 'must be a redis:// URL')
        .optional(),
    ),
    /** Before every key this deployment keeps in Redis (rate limits, subscription slots, recent writers). */
    REDIS_PREFIX: z.string().trim().min(1).default('commerce:'),
    /** Query operations planned into SQL-built JSON (src/execution/); false runs every operation through the resolvers. */
    COMPILED_READS: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((value) => value !== 'false' && value !== '0'),
    /** Cached catalog reads (products, categories): default on in production. Shared in Redis when REDIS_URL is set. */
    RESPONSE_CACHE: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((value) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1')),
    /** The longest a cached response lives; also the bound on staleness if an invalidation is lost (see README). */
    RESPONSE_CACHE_TTL_SECONDS: int(60, 1, 86_400),
    /** Redis key prefix of the response cache (several deployments may share one Redis). */
    RESPONSE_CACHE_PREFIX: z.string().trim().min(1).default('commerce:rc:'),
    /** Without Redis: responses kept per process (least recently used dropped first). */
    RESPONSE_CACHE_MAX_ENTRIES: int(5_000, 10, 1_000_000),
    /** max-age of public cached GET responses; 0 makes clients revalidate (If-None-Match → 304) every time. */
    HTTP_CACHE_MAX_AGE_SECONDS: int(0, 0, 86_400),
    /** Events a subscriber may leave unread before its subscription is ended (a client that stopped reading). */
    SUBSCRIPTION_BUFFER_EVENTS: int(100, 1, 100_000),
    /** Subscriptions one WebSocket connection / one account (across instances with REDIS_URL) may hold open. */
    MAX_SUBSCRIPTIONS_PER_CONNECTION: int(20, 1, 1_000),
    MAX_SUBSCRIPTIONS_PER_ACCOUNT: int(50, 1, 10_000),
    /** Background jobs (graphile-worker) in this process too; `npm run worker` runs them alone. */
    WORKER_ENABLED: flag(true),
    WORKER_CONCURRENCY: int(4, 1, 100),
    /** How often a worker looks for due jobs besides LISTEN/NOTIFY (scheduled retries; the embedded database). */
    WORKER_POLL_INTERVAL_MS: int(2_000, 50, 600_000),
    /** `npm run worker` serves GET /metrics (job counts, failures, queue latency) on this port; unset: none. */
    WORKER_METRICS_PORT: optionalString.pipe(z.coerce.number<string | undefined>().int().min(0).max(65_535).optional()),
    /** Real SMTP (smtp://user:pass@host:port); unset: messages are written as .eml files under DATA_DIR/outbox. */
    SMTP_URL: optionalString.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
        .optional(),
    ),
    MAIL_FROM: z.string().trim().min(3).default('Shop <shop@localhost>'),
    /** Finished exports live here (default DATA_DIR/exports) and are removed after EXPORT_TTL_HOURS. */
    EXPORTS_DIR: optionalString,
    EXPORT_TTL_HOURS: int(24, 1, 24 * 365),
    /** Webhook URLs resolving to loopback/private addresses are refused unless this is true. */
    WEBHOOK_ALLOW_PRIVATE: flag(false),
    WEBHOOK_TIMEOUT_MS: int(10_000, 100, 120_000),
    /** Attempts per delivery before FAILED; retry n waits WEBHOOK_RETRY_BASE_MS × 2^(n-1) (30 s … 32 min: about an hour for 7). */
    WEBHOOK_MAX_ATTEMPTS: int(7, 1, 50),
    WEBHOOK_RETRY_BASE_MS: int(30_000, 10, 3_600_000),
    /** Scheduled maintenance (graphile-worker crontab syntax); empty disables one. */
    CLEANUP_CRON: z.string().trim().default('0 3 * * *'),
    CLEANUP_OLDER_THAN_DAYS: int(30, 1, 3650),
    CONSISTENCY_CRON: z.string().trim().default('30 3 * * *'),
    /** Stock at or below this raises PRODUCT_STOCK_LOW (an e-mail to admins, webhooks). */
    LOW_STOCK_THRESHOLD: int(5, 0, 1_000_000),
    /** Largest request body accepted (413 beyond). */
    MAX_BODY_BYTES: int(1_048_576, 1_024, 104_857_600),
    /** Comma-separated origins allowed cross-origin (with credentials); none in production when unset. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url('must be a comma-separated list of origins like https://shop.example'))),
    /** GraphiQL and introspection: default on outside production, off in production. */
    GRAPHIQL: z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((value) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1')),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_REPLICA_URLS.length > 0) {
      if (!env.DATABASE_URL)
        ctx.addIssue({
          code: 'custom',
          path: ['DATABASE_REPLICA_URLS'],
          message: 'needs DATABASE_URL (the embedded database has no replicas)',
        });
      // A replica counted healthy may be up to max lag + two check intervals behind (see src/db/replicas.ts).
      const bound = env.REPLICA_MAX_LAG_MS + 2 * env.REPLICA_CHECK_INTERVAL_MS;
      if (env.READ_YOUR_WRITES_MS < bound)
        ctx.addIssue({
          code: 'custom',
          path: ['READ_YOUR_WRITES_MS'],
          message: `must be at least REPLICA_MAX_LAG_MS + 2 × REPLICA_CHECK_INTERVAL_MS (${bound}), or a viewer could miss their own write`,
        });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['JWT_SECRET', 'ENCRYPTION_KEY', 'DATABASE_URL'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
    }
  });

export type RawEnvironment = z.infer<typeof environmentSchema>;

/** ACCOUNT_CACHE_MS when NODE_ENV=production leaves it unset. */
export const PRODUCTION_ACCOUNT_CACHE_MS = 2_000;

export interface Config
  extends Omit<RawEnvironment, 'JWT_SECRET' | 'ENCRYPTION_KEY' | 'RESPONSE_CACHE' | 'ACCOUNT_CACHE_MS'> {
  JWT_SECRET: string;
  ENCRYPTION_KEY: string;
  RESPONSE_CACHE: boolean;
  ACCOUNT_CACHE_MS: number;
  /** true when no DATABASE_URL is set and the embedded PGlite database serves. */
  embedded: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = environmentSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const value = env[variable];
    const shown = value === undefined || /SECRET|KEY|PASSWORD|URL/.test(variable) ? '' : ` (got "${value}")`;
    throw new ConfigError(`Invalid environment variable ${variable}: ${issue.message}${shown}`);
  }
  const raw = result.data;
  return {
    ...raw,
    JWT_SECRET: raw.JWT_SECRET ?? DEV_JWT_SECRET,
    ENCRYPTION_KEY: raw.ENCRYPTION_KEY ?? DEV_ENCRYPTION_KEY,
    RESPONSE_CACHE: raw.RESPONSE_CACHE ?? raw.NODE_ENV === 'production',
    ACCOUNT_CACHE_MS: raw.ACCOUNT_CACHE_MS ?? (raw.NODE_ENV === 'production' ? PRODUCTION_ACCOUNT_CACHE_MS : 0),
    embedded: raw.DATABASE_URL === undefined,
  };
}

let cached: Config | undefined;

/** The process configuration; on invalid input prints one line and exits 1. */
export function loadConfig(): Config {
  if (cached) return cached;
  try {
    cached = parseConfig();
    return cached;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
