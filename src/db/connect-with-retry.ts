import pg from 'pg';

export type ConnectFailureKind = 'host unreachable' | 'authentication failed' | 'database missing' | 'other';

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
]);
const CONNECT_TIMEOUT = /timeout expired|connection timeout|timeout exceeded when trying to connect/i;

function codesOf(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const codes: string[] = [];
  const { code, errors, cause } = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string') codes.push(code);
  // Node's happy-eyeballs connect (localhost → ::1 and 127.0.0.1) fails with an AggregateError.
  if (Array.isArray(errors)) codes.push(...errors.flatMap(codesOf));
  if (cause) codes.push(...codesOf(cause));
  return codes;
}

/** What a failed connection attempt means for the operator. */
export function classifyConnectError(error: unknown): ConnectFailureKind {
  const codes = codesOf(error);
  if (codes.some((code) => code === '28P01' || code === '28000')) return 'authentication failed';
  if (codes.includes('3D000')) return 'database missing';
  if (codes.some((code) => UNREACHABLE_CODES.has(code))) return 'host unreachable';
  if (error instanceof Error && CONNECT_TIMEOUT.test(error.message)) return 'host unreachable';
  return 'other';
}

/** host:port/database of a connection URL, without credentials (safe to log). */
export function describeTarget(url: string): { host: string; port: string; database: string; user: string } {
  const parsed = new URL(url);
  return {
    host: parsed.hostname || 'localhost',
    port: parsed.port || '5432',
    database:
      decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres',
    user: decodeURIComponent(parsed.username) || 'postgres',
  };
}

function reasonOf(error: unknown): string {
  const codes = codesOf(error);
  const message = error instanceof Error ? error.message || error.name : String(error);
  return codes.length > 0 && !message.includes(codes[0]!) ? `${codes[0]}: ${message}` : message;
}

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
  constructor(
    readonly kind: ConnectFailureKind,
    readonly attempts: number,
    readonly target: ReturnType<typeof describeTarget>,
    readonly reason: string,
  ) {
    super(diagnose(kind, attempts, target, reason));
  }
}

function diagnose(
  kind: ConnectFailureKind,
  attempts: number,
  target: ReturnType<typeof describeTarget>,
  reason: string,
): string {
  const where = `${target.host}:${target.port}`;
  const tries = `after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  switch (kind) {
    case 'host unreachable':
      return `database host unreachable: nothing answers at ${where} ${tries} (${reason}); check the host and port in DATABASE_URL and that PostgreSQL is running`;
    case 'authentication failed':
      return `database authentication failed for user "${target.user}" at ${where}; check the user and password in DATABASE_URL`;
    case 'database missing':
      return `database missing: "${target.database}" does not exist at ${where}; create it (createdb ${target.database}) or fix the name in DATABASE_URL`;
    default:
      return `cannot connect to the database at ${where} ${tries}: ${reason}`;
  }
}

export interface ConnectRetry {
  /** The attempt that failed (1-based) and how many will be made in all. */
  attempt: number;
  attempts: number;
  delayMs: number;
  kind: ConnectFailureKind;
  reason: string;
}

export interface ConnectRetryOptions {
  /** Retries after the first attempt. */
  retries: number;
  /** Delay before the first retry; doubles each time (with jitter), up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs?: number;
  connectTimeoutMs: number;
  onRetry?: (retry: ConnectRetry) => void;
  sleep?: (ms: number) => Promise<void>;
}

export function backoffDelay(retry: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

async function tryConnect(url: string, connectTimeoutMs: number): Promise<void> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: 'commerce-graphql-startup',
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Waits for the database at start-up: tries to connect and run SELECT 1,
 * retrying with exponential backoff; throws a DatabaseConnectError whose
 * message is a one-line diagnosis when every attempt failed.
 */
export async function connectWithRetry(url: string, options: ConnectRetryOptions): Promise<void> {
  const attempts = options.retries + 1;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1) {
    try {
      await tryConnect(url, options.connectTimeoutMs);
      return;
    } catch (error) {
      const kind = classifyConnectError(error);
      const reason = reasonOf(error);
      if (attempt >= attempts) throw new DatabaseConnectError(kind, attempt, describeTarget(url), reason);
      const delayMs = backoffDelay(attempt - 1, options.baseDelayMs, maxDelayMs);
      options.onRetry?.({ attempt, attempts, delayMs, kind, reason });
      await sleep(delayMs);
    }
  }
}
