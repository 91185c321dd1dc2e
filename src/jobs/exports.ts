import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import pg from 'pg';
import type { Config } from '../config.js';
import { exportPlan } from '../reports/exports.js';
import { EXPORT_TASK } from './queue.js';
import type { JobDeps, JobTask } from './worker.js';

/** Rows fetched from the cursor at a time: memory stays flat whatever the export's size. */
const FETCH_SIZE = 1_000;
/** A RUNNING export whose heartbeat is older than this lost its worker (crash, kill -9). */
export const EXPORT_STALE_AFTER_MS = 60_000;

export function exportsDir(config: Pick<Config, 'EXPORTS_DIR' | 'DATA_DIR'>): string {
  return resolve(config.EXPORTS_DIR ?? join(config.DATA_DIR, 'exports'));
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function jsonValue(_key: string, value: unknown): unknown {
  return value;
}

class Cancelled extends Error {}
class ShuttingDown extends Error {}

/**
 * Streams an export: a read-only transaction with a server-side cursor
 * (DECLARE … FETCH FETCH_SIZE), each batch parsed as Query.reports parses
 * the report's rows and appended to a temporary file, progress and a
 * heartbeat written after every batch; cancellation is checked there too, so
 * it bites within one batch. On success the file is renamed into place.
 */
async function runExport(exportId: number, deps: JobDeps, signal: AbortSignal): Promise<void> {
  const { prisma, config } = deps;
  const claimed = await prisma.reportExport.updateMany({
    where: { id: exportId, status: 'QUEUED', cancelRequested: false },
    data: { status: 'RUNNING', startedAt: new Date(), heartbeatAt: new Date(), progress: 0, rowCount: 0, error: null },
  });
  if (claimed.count === 0) return;
  const job = await prisma.reportExport.findUniqueOrThrow({ where: { id: exportId } });
  const plan = exportPlan(job.report, job.arguments, job.createdAt);
  const directory = exportsDir(config);
  await mkdir(directory, { recursive: true });
  const extension = job.format === 'CSV' ? 'csv' : 'ndjson';
  const fileName = `export-${exportId}-${randomBytes(6).toString('hex')}.${extension}`;
  const partial = join(directory, `${fileName}.partial`);
  const out = createWriteStream(partial);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const client = new pg.Client({ connectionString: deps.url, application_name: 'commerce-graphql:export', options: '-c TimeZone=UTC' });
  await client.connect();
  let rowCount = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { text, values } = plan.query.sql;
    const total = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${text}) export_rows`, values)).rows[0]?.n ?? 0);
    await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${text}`, values);
    let columns: string[] | null = null;
    for (;;) {
      if (signal.aborted) throw new ShuttingDown();
      const batch = await client.query(`FETCH ${FETCH_SIZE} FROM export_cursor`);
      if (batch.rows.length === 0) break;
      let chunk = '';
      for (const raw of batch.rows) {
        const record = plan.record(plan.query.row.parse(raw) as Record<string, unknown>);
        if (job.format === 'CSV') {
          if (!columns) {
            columns = Object.keys(record);
            chunk += `${columns.map(csvValue).join(',')}\n`;
          }
          chunk += `${columns.map((column) => csvValue(record[column])).join(',')}\n`;
        } else {
          chunk += `${JSON.stringify(record, jsonValue)}\n`;
        }
      }
      await write(chunk);
      rowCount += batch.rows.length;
      const progress = total > 0 ? Math.min(99, Math.floor((rowCount / total) * 100)) : 99;
      const state = await prisma.reportExport.update({
        where: { id: exportId },
        data: { rowCount, progress, heartbeatAt: new Date() },
        select: { cancelRequested: true },
      });
      if (state.cancelRequested) throw new Cancelled();
    }
    await client.query('COMMIT');
    out.end();
    await once(out, 'finish');
    await rename(partial, join(directory, fileName));
    await prisma.reportExport.update({
      where: { id: exportId },
      data: { status: 'SUCCEEDED', progress: 100, rowCount, fileName, finishedAt: new Date(), heartbeatAt: new Date() },
    });
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof Cancelled) {
      await prisma.reportExport.update({ where: { id: exportId }, data: { status: 'CANCELLED', rowCount, finishedAt: new Date() } });
      return;
    }
    if (error instanceof ShuttingDown) {
      // Handed back: the job is retried (by this or another worker) and starts over.
      await prisma.reportExport.update({ where: { id: exportId }, data: { status: 'QUEUED', progress: 0, rowCount: 0, startedAt: null } });
      throw new Error('worker shutting down: export handed back to the queue');
    }
    deps.log.error({ err: error, exportId }, 'report export failed');
    await prisma.reportExport.update({
      where: { id: exportId },
      data: { status: 'FAILED', error: 'The export failed while reading the report; start it again', finishedAt: new Date() },
    });
  } finally {
    await client.end().catch(() => {});
  }
}

export const exportTasks: Record<string, JobTask> = {
  [EXPORT_TASK]: async (payload, deps, helpers) => {
    const exportId = Number((payload as { exportId?: unknown } | null)?.exportId);
    if (!Number.isSafeInteger(exportId)) throw new Error('job payload has no exportId');
    await runExport(exportId, deps, helpers.abortSignal);
  },
};
