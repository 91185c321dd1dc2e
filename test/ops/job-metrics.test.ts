import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_TASK } from '../../src/jobs/queue.js';
import { type BackgroundWorker, startWorker } from '../../src/jobs/worker.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { createServer } from '../../src/yoga.js';
import { testConfig } from '../support/server.js';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { parsePrometheus, sampleValue, waitFor } from './support/ops-server.js';

describe.skipIf(onEmbeddedDatabase())('/metrics for background jobs', () => {
  let db: TestDatabase;
  let worker: BackgroundWorker;
  let yoga: ReturnType<typeof createServer>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = testConfig({ WORKER_POLL_INTERVAL_MS: '100', CLEANUP_CRON: '', CONSISTENCY_CRON: '' });
    const log = pino({ level: 'silent' });
    const metrics = createMetrics({ pool: db.pool, processMetrics: false });
    yoga = createServer({ prisma: db.prisma, pool: db.pool, config, log, metrics });
    worker = await startWorker({ url: db.url, prisma: db.prisma, config, log, metrics });
  });
  afterAll(async () => {
    await worker?.stop();
    await db.close();
  });

  const scrape = async () => parsePrometheus(await (await yoga.fetch('http://jobs.test/metrics')).text());

  it('counts finished jobs by task and outcome and observes how long they waited', async () => {
    // An export job for a row that does not exist finishes at once; one without an exportId fails.
    await db.prisma
      .$executeRaw`SELECT graphile_worker.add_job(${EXPORT_TASK}::text, json_build_object('exportId', 2147483647), max_attempts => 1)`;
    await db.prisma.$executeRaw`SELECT graphile_worker.add_job(${EXPORT_TASK}::text, '{}'::json, max_attempts => 1)`;
    await db.prisma.$executeRaw`SELECT graphile_worker.add_job(${EXPORT_TASK}::text, '{}'::json, max_attempts => 1)`;

    const samples = await waitFor(async () => {
      const current = await scrape();
      const failed = sampleValue(current, 'jobs_total', { task: EXPORT_TASK, outcome: 'failed' }) ?? 0;
      const succeeded = sampleValue(current, 'jobs_total', { task: EXPORT_TASK, outcome: 'succeeded' }) ?? 0;
      return failed === 2 && succeeded === 1 ? current : null;
    }, 'three export jobs counted');
    expect(sampleValue(samples, 'job_queue_latency_seconds_count', { task: EXPORT_TASK })).toBe(3);
    const waited = sampleValue(samples, 'job_queue_latency_seconds_sum', { task: EXPORT_TASK });
    expect(waited).toBeGreaterThanOrEqual(0);
    expect(waited).toBeLessThan(30);
  });
});
