import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from './config.js';
import { DatabaseConnectError } from './db/connect-with-retry.js';
import { openDatabase, type Database } from './db/database.js';
import { logReplicaChange } from './db/replica-log.js';
import { drainable, type DrainableServer } from './lifecycle/http-drain.js';
import { createLogger } from './logger.js';
import { startWorker, type BackgroundWorker } from './jobs/worker.js';
import { createMetrics } from './observability/metrics.js';
import { attachWebSocket } from './http/websocket.js';
import { createLiveUpdates } from './events/live.js';
import { responseCacheStoreFor } from './cache/response-cache.js';
import { currentViewer } from './services/auth.js';
import { viewerFrom } from './http/viewer.js';
import { createServer } from './yoga.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

let database: Database | undefined;
let worker: BackgroundWorker | undefined;
let webSockets: { close(): Promise<void> } | undefined;
let closeLive: (() => Promise<void>) | undefined;
let closeResponseCache: (() => Promise<void>) | undefined;
let yoga: ReturnType<typeof createServer> | undefined;
let http: DrainableServer | undefined;
let stopRequested: string | undefined;
let stopping = false;

/**
 * Stop accepting, let accepted requests finish (up to SHUTDOWN_TIMEOUT_MS),
 * then close the pool and the embedded database so its data folder is left
 * consistent.
 */
async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (stopping) {
    log.warn({ reason }, 'already shutting down');
    return;
  }
  stopping = true;
  if (http) {
    log.info(
      { reason, inFlight: http.inFlight(), timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
      'shutting down: no new connections, finishing requests',
    );
    const { abandoned } = await http.drain({
      timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      // Requests stuck (e.g. waiting on a row lock) would hold the pool open: cancel their statements.
      onTimeout: async () => {
        const cancelled = await database?.cancelActiveStatements().catch(() => 0);
        log.warn({ cancelled }, 'shutdown timeout: cancelled the running statements');
        await new Promise((resolve) => setTimeout(resolve, 500));
      },
    });
    if (abandoned > 0) log.warn({ abandoned }, `shutdown timeout: ${abandoned} request(s) cut off`);
  } else {
    log.info({ reason }, 'shutting down during start-up');
  }
  // Closing must not hang on a connection that never comes back: exit regardless after a few seconds.
  setTimeout(() => {
    log.error('closing the database took too long; exiting');
    process.exit(exitCode || 1);
  }, 5_000).unref();
  try {
    // Running jobs finish or go back to the queue (another worker takes them over).
    await webSockets?.close();
    await worker?.stop();
    await closeLive?.();
    await closeResponseCache?.();
    await yoga?.dispose();
    await database?.close();
    log.info('stopped');
  } catch (error) {
    log.error({ err: error }, 'error while closing the database');
    exitCode = 1;
  }
  process.exit(exitCode);
}

function onSignal(signal: string): void {
  if (stopping && signal === 'SIGINT') {
    // A second Ctrl-C: the person at the terminal does not want to wait.
    log.warn('second interrupt: exiting now');
    process.exit(130);
  }
  if (!http && config.embedded) {
    // The embedded database must not be killed mid-write: stop once start-up (migrations, demo seed) is through.
    stopRequested ??= signal;
    log.info({ signal }, 'will stop once the embedded database has started');
    return;
  }
  if (!http && !database) process.exit(0);
  void shutdown(signal, 0);
}
process.on('SIGTERM', () => onSignal('SIGTERM'));
process.on('SIGINT', () => onSignal('SIGINT'));
process.on('uncaughtException', (error) => {
  log.fatal({ err: error }, 'uncaught exception');
  void shutdown('uncaught exception', 1);
});

try {
  database = await openDatabase(config, {
    log: (line) => log.info(line),
    onIdleClientError: (error) => log.warn({ err: error }, 'an idle database connection failed; it will be replaced'),
    onReplicaChange: (status) => logReplicaChange(log, status),
    onConnectRetry: ({ attempt, attempts, delayMs, kind, reason }) =>
      log.warn(
        { attempt, attempts, delayMs, diagnosis: kind, reason },
        `database connection failed (${kind}); retrying in ${delayMs} ms`,
      ),
  });
} catch (error) {
  if (error instanceof DatabaseConnectError) {
    const { host, port, database: name } = error.target;
    log.fatal({ diagnosis: error.kind, attempts: error.attempts, host, port, database: name }, error.message);
  } else {
    log.fatal(
      { diagnosis: 'other', err: error },
      `start-up failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  process.exit(1);
}
if (database.embedded) log.info({ dataDir: database.embedded.dataDir }, 'using the embedded PostgreSQL (PGlite)');
// First start on the embedded database: a small demo data set (src/seed/seed.ts; loaded only then: faker is large).
const seed = database.embedded ? await import('./seed/seed.js') : null;
const demoSeed = seed ? await seed.seedDemoIfEmpty(database.pool, config) : null;
// Later starts show the demo log-in too, as long as it still works.
const demoLogin = seed && !demoSeed ? await seed.demoLoginIfUnchanged(database.pool).catch(() => null) : null;
if (stopRequested) await shutdown(stopRequested, 0);

const { replicas } = database;
const metrics = createMetrics({ pool: database.pool, ...(replicas ? { replicas: () => replicas.statuses() } : {}) });
const live = createLiveUpdates(config.REDIS_URL);
closeLive = live.close;
// One cache for the API and the in-process worker: its jobs invalidate what the API serves.
const responseCache = responseCacheStoreFor(config, log);
closeResponseCache = responseCache?.close;
if (config.WORKER_ENABLED) {
  worker = await startWorker({
    url: database.url,
    prisma: database.prisma,
    config,
    log,
    metrics,
    live,
    replicas,
    ...(responseCache ? { responseCache } : {}),
    embedded: database.embedded !== null,
  });
}
yoga = createServer({
  prisma: database.prisma,
  pool: database.pool,
  config,
  log,
  metrics,
  live,
  replicas,
  ...(responseCache ? { responseCache } : {}),
});
const server = createHttpServer();
http = drainable(server, yoga);
const { prisma } = database;
webSockets = attachWebSocket({
  server,
  yoga,
  authenticate: (request) => viewerFrom(request, config.JWT_SECRET, prisma),
  stillValid: async (viewer) => (await currentViewer(prisma, viewer)) !== null,
  maxSubscriptionsPerConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
});

server.on('error', (error: NodeJS.ErrnoException) => {
  // A port already in use (or not ours to take) is a configuration problem: one line, exit 1.
  if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
    log.fatal(
      { port: config.PORT, host: config.HOST, code: error.code },
      `cannot listen on ${config.HOST}:${config.PORT}: ${error.code === 'EADDRINUSE' ? 'the port is already in use (set PORT)' : 'permission denied'}`,
    );
    void shutdown('listen failed', 1);
    return;
  }
  log.fatal({ err: error }, 'HTTP server error');
  void shutdown('HTTP server error', 1);
});

server.listen(config.PORT, config.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/graphql`;
  log.info({ url, port }, 'server ready');
  // For the person at the terminal; without one, stdout carries only JSON log lines, so the banner goes to stderr.
  const demo = !seed ? '' : demoSeed ? seed.demoSeedBanner(demoSeed) : demoLogin ? seed.demoLoginBanner(demoLogin) : '';
  const banner = `\n  GraphiQL:  ${url}\n  Console:   ${url.replace(/\/graphql$/, '/admin/')}\n${demo}\n`;
  if (process.stdout.isTTY) process.stdout.write(banner);
  else if (database?.embedded) process.stderr.write(banner);
});
