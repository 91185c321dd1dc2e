import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePrometheus, sampleValue, waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createBulkOrderLines, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe.skipIf(onEmbeddedDatabase())('npm run worker', () => {
  let server: TestServer;
  const dataDir = mkdtempSync(join(tmpdir(), 'commerce-worker-'));
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs queued jobs, and on SIGTERM hands a running export back to the queue and exits within the timeout', {
    timeout: 120_000,
  }, async () => {
    const admin = await createAdmin(server.db.prisma);
    const customer = await createUser(server.db.prisma);
    const product = await createProduct(server.db.prisma);
    await createBulkOrderLines(server.db.pool, {
      customerId: customer.id,
      productId: product.id,
      count: 150_000,
      prefix: 'ORD-W-',
    });
    const queued = await server.execute(
      `mutation { exportReport(input: { report: ORDER_LINES, format: CSV }) { rowId: id } }`,
      {},
      {
        as: { userId: admin.id, role: 'ADMIN' },
      },
    );
    expect(queued.errors).toBeUndefined();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker-main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        DATABASE_URL: server.db.url,
        DATA_DIR: dataDir,
        SHUTDOWN_TIMEOUT_MS: '2000',
        CLEANUP_CRON: '',
        CONSISTENCY_CRON: '',
        WORKER_METRICS_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      await waitFor(
        async () => (await server.db.prisma.reportExport.findFirstOrThrow()).rowCount > 0,
        'the export to run',
        60_000,
      );
      const metricsPort = Number(/"port":(\d+)[^\n]*worker metrics listening/.exec(output)?.[1]);
      const metrics = parsePrometheus(await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text());
      expect(sampleValue(metrics, 'job_queue_latency_seconds_count', { task: 'report_export' })).toBe(1);
      const stopAt = Date.now();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(Date.now() - stopAt).toBeLessThan(2_000 + 2_000);
      const row = await server.db.prisma.reportExport.findFirstOrThrow();
      expect(row.status).toBe('QUEUED');
      expect(output).toContain('worker stopped');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
