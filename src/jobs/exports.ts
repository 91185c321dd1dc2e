import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { ExportStreamInput } from './export-stream.js';
import { EXPORT_TASK } from './queue.js';
import type { JobDeps, JobTask } from './worker.js';

/** A RUNNING export whose heartbeat is older than this lost its worker (crash, kill -9). */
export const EXPORT_STALE_AFTER_MS = 60_000;

export function exportsDir(config: Pick<Config, 'EXPORTS_DIR' | 'DATA_DIR'>): string {
  return resolve(config.EXPORTS_DIR ?? join(config.DATA_DIR, 'exports'));
}

class Cancelled extends Error {}
class ShuttingDown extends Error {}

/** How often a running export writes its progress and heartbeat and looks for a cancel request. */
const TICK_MS = 250;

/**
 * The export thread's old generation: an export holds one batch, so V8
 * collects well inside this, and the process's RSS stays flat however many
 * rows stream through (with the default heap limit V8 let garbage pile up to
 * ~110 MB before collecting).
 */
const THREAD_HEAP_MB = 32;

function exportThread(input: ExportStreamInput): Worker {
  const options = { workerData: input, resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./export-thread.js', import.meta.url), options);
  // Running from source (tsx, vitest): the thread registers tsx before it loads the TypeScript entry.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./export-thread.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

type ThreadMessage =
  | { type: 'batch'; rowCount: number; total: number }
  | { type: 'done'; rowCount: number }
  | { type: 'failed'; message: string; stack?: string };

/**
 * Runs an export in a worker thread (jobs/export-stream.ts does the
 * streaming), so formatting a million rows neither blocks this event loop
 * nor grows this heap. This side owns the row: every TICK_MS it writes
 * progress and a heartbeat and checks for a cancel request, which stops the
 * thread at once; on success the file is renamed into place.
 */
async function runExport(exportId: number, deps: JobDeps, signal: AbortSignal): Promise<void> {
  const { prisma, config } = deps;
  const claimed = await prisma.reportExport.updateMany({
    where: { id: exportId, status: 'QUEUED', cancelRequested: false },
    data: { status: 'RUNNING', startedAt: new Date(), heartbeatAt: new Date(), progress: 0, rowCount: 0, error: null },
  });
  if (claimed.count === 0) return;
  const job = await prisma.reportExport.findUniqueOrThrow({ where: { id: exportId } });
  const directory = exportsDir(config);
  await mkdir(directory, { recursive: true });
  const extension = job.format === 'CSV' ? 'csv' : 'ndjson';
  const fileName = `export-${exportId}-${randomBytes(6).toString('hex')}.${extension}`;
  const partial = join(directory, `${fileName}.partial`);
  const thread = exportThread({
    url: deps.readUrl(),
    report: job.report,
    arguments: job.arguments,
    createdAt: job.createdAt,
    format: job.format,
    path: partial,
  });
  let progress = { rowCount: 0, total: 0 };
  let stopped: Error | null = null;
  const finished = new Promise<number>((resolveRows, reject) => {
    thread.on('message', (message: ThreadMessage) => {
      if (message.type === 'batch') progress = message;
      else if (message.type === 'done') resolveRows(message.rowCount);
      else reject(Object.assign(new Error(message.message), { stack: message.stack }));
    });
    thread.on('error', reject);
    thread.on('exit', (code) => reject(stopped ?? new Error(`export thread exited with code ${code}`)));
  });
  const stop = (reason: Error) => {
    stopped ??= reason;
    void thread.terminate();
  };
  const onAbort = () => stop(new ShuttingDown());
  signal.addEventListener('abort', onAbort, { once: true });
  const writeProgress = async () => {
    const { rowCount, total } = progress;
    const percent = total > 0 ? Math.min(99, Math.floor((rowCount / total) * 100)) : 0;
    const state = await prisma.reportExport.update({
      where: { id: exportId },
      data: { rowCount, progress: percent, heartbeatAt: new Date() },
      select: { cancelRequested: true },
    });
    if (state.cancelRequested) stop(new Cancelled());
  };
  let ticking = Promise.resolve();
  const ticker = setInterval(() => {
    ticking = ticking
      .then(writeProgress)
      .catch((error: unknown) => deps.log.warn({ err: error, exportId }, 'export progress could not be written'));
  }, TICK_MS);
  if (signal.aborted) onAbort();
  try {
    const rowCount = await finished;
    clearInterval(ticker);
    await ticking;
    if (stopped) throw stopped;
    await rename(partial, join(directory, fileName));
    await prisma.reportExport.update({
      where: { id: exportId },
      data: { status: 'SUCCEEDED', progress: 100, rowCount, fileName, finishedAt: new Date(), heartbeatAt: new Date() },
    });
  } catch (error) {
    clearInterval(ticker);
    await ticking;
    await thread.terminate();
    await rm(partial, { force: true });
    if (error instanceof Cancelled) {
      await prisma.reportExport.update({
        where: { id: exportId },
        data: { status: 'CANCELLED', rowCount: progress.rowCount, finishedAt: new Date() },
      });
      return;
    }
    if (error instanceof ShuttingDown) {
      // Handed back: the job is retried (by this or another worker) and starts over.
      await prisma.reportExport.update({
        where: { id: exportId },
        data: { status: 'QUEUED', progress: 0, rowCount: 0, startedAt: null },
      });
      throw new Error('worker shutting down: export handed back to the queue');
    }
    deps.log.error({ err: error, exportId }, 'report export failed');
    await prisma.reportExport.update({
      where: { id: exportId },
      data: {
        status: 'FAILED',
        error: 'The export failed while reading the report; start it again',
        finishedAt: new Date(),
      },
    });
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

export const exportTasks: Record<string, JobTask> = {
  [EXPORT_TASK]: async (payload, deps, helpers) => {
    const exportId = Number((payload as { exportId?: unknown } | null)?.exportId);
    if (!Number.isSafeInteger(exportId)) throw new Error('job payload has no exportId');
    await runExport(exportId, deps, helpers.abortSignal);
  },
};
