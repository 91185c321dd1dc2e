import { Logger as WorkerLogger, run, type Runner, type Task, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/prisma.js';
import type { ReplicaSet } from '../db/replicas.js';
import { createMailer, type Mailer } from '../mail/mailer.js';
import type { Metrics } from '../observability/metrics.js';
import { createLiveUpdates, type LiveUpdates } from '../events/live.js';
import { responseCacheStoreFor, type ResponseCacheStore } from '../cache/response-cache.js';
import { cacheTasks } from './cache.js';
import { exportTasks } from './exports.js';
import { liveTasks } from './live.js';
import { maintenanceTasks, maintenanceCrontab } from './maintenance.js';
import { notificationTasks } from './notifications.js';
import { webhookTasks } from './webhooks.js';

/** What every job may use. */
export interface JobDeps {
  /** The database URL, for jobs that need a connection of their own. */
  url: string;
  /** Where a long read of its own (an export's cursor) connects: a healthy replica's URL, else the primary's. */
  readUrl(): string;
  prisma: PrismaClient;
  config: Config;
  log: Logger;
  mailer: Mailer;
  live: LiveUpdates;
  /** The response cache to invalidate after catalog changes; null when there is none to reach from here. */
  responseCache: ResponseCacheStore | null;
  metrics?: Metrics | undefined;
}

export type JobTask = (payload: unknown, deps: JobDeps, helpers: Parameters<Task>[1]) => Promise<void>;

export interface WorkerOptions {
  /** The database URL; the worker opens a pool of its own (LISTEN needs a connection that stays). */
  url: string;
  prisma: PrismaClient;
  config: Config;
  log: Logger;
  metrics?: Metrics;
  /** The pub/sub the API's subscriptions listen on (in-process with npm start); created from REDIS_URL when absent. */
  live?: LiveUpdates;
  /**
   * The API's response cache (in-process with npm start). When absent, a
   * worker with RESPONSE_CACHE and REDIS_URL opens the shared one; without
   * Redis a separate worker has no cache to invalidate.
   */
  responseCache?: ResponseCacheStore;
  /** true on the embedded PGlite (one session behind its socket): no prepared statements, a small pool. */
  embedded?: boolean;
  /** Read replicas that exports read from (DATABASE_REPLICA_URLS). */
  replicas?: ReplicaSet | null;
}

export interface BackgroundWorker {
  /** Finishes the running jobs (or hands them back to the queue) and closes the worker's pool. */
  stop(): Promise<void>;
}

export function allTasks(): Record<string, JobTask> {
  return { ...notificationTasks, ...webhookTasks, ...exportTasks, ...maintenanceTasks, ...liveTasks, ...cacheTasks };
}

/**
 * graphile-worker running our tasks in this process: jobs arrive by
 * LISTEN/NOTIFY (polling only for scheduled retries), each job runs on one
 * worker at a time across all processes, failures retry with exponential
 * backoff, and the crontab runs the maintenance jobs.
 */
export async function startWorker(options: WorkerOptions): Promise<BackgroundWorker> {
  const { config, log } = options;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.embedded ? 2 : config.WORKER_CONCURRENCY + 2,
    application_name: 'commerce-graphql:worker',
    options: '-c TimeZone=UTC',
  });
  pool.on('error', (error) => log.warn({ err: error }, 'an idle worker connection failed; it will be replaced'));
  pool.on('connect', (client) => client.on('error', (error) => log.warn({ err: error }, 'a worker connection failed')));
  const mailer = createMailer({
    prisma: options.prisma,
    log,
    smtpUrl: config.SMTP_URL,
    outboxDir: `${config.DATA_DIR}/outbox`,
    from: config.MAIL_FROM,
  });
  const ownLive = options.live ? null : createLiveUpdates(config.REDIS_URL);
  const live = options.live ?? ownLive!;
  // A worker of its own reaches the API's cache only through Redis.
  const ownCache = options.responseCache || !config.REDIS_URL ? null : (responseCacheStoreFor(config, log) ?? null);
  const responseCache = options.responseCache ?? ownCache;
  const replicas = options.replicas ?? null;
  const deps: JobDeps = {
    url: options.url,
    readUrl: () => replicas?.pick()?.url ?? options.url,
    prisma: options.prisma,
    config,
    log,
    mailer,
    live,
    responseCache,
    metrics: options.metrics,
  };
  const taskList: TaskList = Object.fromEntries(
    Object.entries(allTasks()).map(([name, task]) => [name, (payload, helpers) => task(payload, deps, helpers)]),
  );
  const workerLog = log.child({ component: 'worker' });
  const logger = new WorkerLogger((scope) => (level, message, meta) => {
    const line = { ...meta, task: scope.taskIdentifier, jobId: scope.jobId };
    if (level === 'error') workerLog.error(line, message);
    else if (level === 'warning') workerLog.warn(line, message);
    else workerLog.debug(line, message);
  });
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency: config.WORKER_CONCURRENCY,
      pollInterval: config.WORKER_POLL_INTERVAL_MS,
      noHandleSignals: true,
      noPreparedStatements: options.embedded === true,
      taskList,
      crontab: maintenanceCrontab(config),
      logger,
      // On stop, running jobs get half the shutdown timeout to finish; then they are told to abort
      // (an export hands itself back to the queue) so that the process exits within SHUTDOWN_TIMEOUT_MS.
      preset: { worker: { gracefulShutdownAbortTimeout: Math.max(200, Math.floor(config.SHUTDOWN_TIMEOUT_MS / 2)) } },
    });
  } catch (error) {
    await pool.end();
    mailer.close();
    await ownLive?.close();
    await ownCache?.close();
    throw error;
  }
  const metrics = options.metrics;
  if (metrics) {
    runner.events.on('job:start', ({ job }) =>
      metrics.recordJobStart(job.task_identifier, (Date.now() - new Date(job.run_at).getTime()) / 1000),
    );
    runner.events.on('job:success', ({ job }) => metrics.recordJobOutcome(job.task_identifier, 'succeeded'));
    runner.events.on('job:error', ({ job }) => metrics.recordJobOutcome(job.task_identifier, 'failed'));
  }
  log.info({ concurrency: config.WORKER_CONCURRENCY }, 'background worker started');
  let stopped = false;
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      await runner.stop();
      await pool.end();
      mailer.close();
      await ownLive?.close();
      await ownCache?.close();
    },
  };
}
