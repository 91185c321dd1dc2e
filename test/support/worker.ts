import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { ResponseCacheStore } from '../../src/cache/response-cache.js';
import type { Config } from '../../src/config.js';
import type { LiveUpdates } from '../../src/events/live.js';
import { startWorker, type BackgroundWorker } from '../../src/jobs/worker.js';
import type { TestServer } from './server.js';
import { testConfig } from './server.js';

export interface TestWorker {
  config: Config;
  dataDir: string;
  worker: BackgroundWorker;
  stop(): Promise<void>;
}

/** graphile-worker on a test server's database, polling fast, with its own DATA_DIR. */
export async function startTestWorker(
  server: TestServer,
  overrides: Record<string, string> = {},
  live?: LiveUpdates,
  responseCache?: ResponseCacheStore,
): Promise<TestWorker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'commerce-jobs-'));
  const config = testConfig({
    WORKER_POLL_INTERVAL_MS: '100',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    CLEANUP_CRON: '',
    CONSISTENCY_CRON: '',
    DATA_DIR: dataDir,
    ...overrides,
  });
  const worker = await startWorker({
    url: server.db.url,
    prisma: server.db.prisma,
    config,
    log: pino({ level: 'silent' }),
    ...(live ? { live } : {}),
    ...(responseCache ? { responseCache } : {}),
  });
  return {
    config,
    dataDir,
    worker,
    async stop() {
      await worker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
