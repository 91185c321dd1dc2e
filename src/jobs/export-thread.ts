import { parentPort, workerData } from 'node:worker_threads';
import { type ExportStreamInput, streamExport } from './export-stream.js';

/**
 * The worker thread an export runs in (see jobs/exports.ts): messages are
 * `{ type: 'batch', rowCount, total }`, then `{ type: 'done', rowCount }` or
 * `{ type: 'failed', message, stack }`.
 */
const port = parentPort;
if (!port) throw new Error('export-thread runs only as a worker thread');
try {
  const rowCount = await streamExport(workerData as ExportStreamInput, (progress) =>
    port.postMessage({ type: 'batch', ...progress }),
  );
  port.postMessage({ type: 'done', rowCount });
} catch (error) {
  const failure = error instanceof Error ? error : new Error(String(error));
  port.postMessage({ type: 'failed', message: failure.message, stack: failure.stack });
}
