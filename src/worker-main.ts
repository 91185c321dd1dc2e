/**
 * `npm run worker`: background jobs only (no HTTP API), for running as many
 * workers as the queue needs beside the API instances. Each job runs once
 * across all of them; SIGTERM lets running jobs finish or hands them back.
 */
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { logReplicaChange } from './db/replica-log.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startWorker } from './jobs/worker.js';
import { createLogger } from './logger.js';
import { createMetrics } from './observability/metrics.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

if (config.embedded) {
  process.stderr.write(
    'npm run worker needs DATABASE_URL: on the embedded database, `npm start` runs the jobs in-process.\n',
  );
  process.exit(1);
}

let stopping = false;
const database = await openDatabase(config, {
  log: (line) => log.info(line),
  onReplicaChange: (status) => logReplicaChange(log, status),
}).catch((error: unknown) => {
  log.fatal({ err: error }, `start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const { replicas } = database;
const metrics = createMetrics({ pool: database.pool, ...(replicas ? { replicas: () => replicas.statuses() } : {}) });
const worker = await startWorker({ url: database.url, prisma: database.prisma, config, log, metrics, replicas });
log.info({ concurrency: config.WORKER_CONCURRENCY }, 'worker started');

const metricsServer =
  config.WORKER_METRICS_PORT === undefined
    ? undefined
    : createServer((request, response) => {
        if (request.method !== 'GET' || request.url !== '/metrics') {
          response.writeHead(404).end();
          return;
        }
        metrics.registry.metrics().then(
          (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
          (error: unknown) => {
            log.error({ err: error }, 'metrics could not be collected');
            response.writeHead(500).end();
          },
        );
      });
if (metricsServer) {
  metricsServer.listen(config.WORKER_METRICS_PORT, () => {
    log.info({ port: (metricsServer.address() as AddressInfo).port }, 'worker metrics listening on /metrics');
  });
}

async function stop(signal: string): Promise<void> {
  if (stopping) process.exit(130);
  stopping = true;
  log.info(
    { signal, timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
    'worker stopping: finishing or handing back running jobs',
  );
  setTimeout(() => {
    log.error('worker did not stop within SHUTDOWN_TIMEOUT_MS; exiting');
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS + 2_000).unref();
  metricsServer?.close();
  await worker.stop();
  await database.close();
  log.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
