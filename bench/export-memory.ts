/**
 * `npx tsx bench/export-memory.ts` (DATABASE_URL: a seeded database): runs
 * the ORDER_LINES export job in this process and prints the RSS before,
 * the peak while it streams, the rows and the time — the check that an
 * export never holds its rows in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLiveUpdates } from '../src/events/live.js';
import { exportTasks } from '../src/jobs/exports.js';
import { EXPORT_TASK } from '../src/jobs/queue.js';
import { createMailer } from '../src/mail/mailer.js';

const config = parseConfig({ ...process.env, EXPORTS_DIR: mkdtempSync(join(tmpdir(), 'export-memory-')) });
const database = await openDatabase(config, { migrate: false });
const log = pino({ level: 'warn' });
const admin = await database.prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } });
const row = await database.prisma.reportExport.create({
  data: { report: 'ORDER_LINES', format: 'CSV', requestedById: admin.id },
});
const deps = {
  url: database.url,
  readUrl: () => database.url,
  prisma: database.prisma,
  config,
  log,
  mailer: createMailer({ prisma: database.prisma, log, smtpUrl: undefined, outboxDir: tmpdir(), from: 'x@localhost' }),
  live: createLiveUpdates(undefined),
  responseCache: null,
};
global.gc?.();
const before = process.memoryUsage().rss;
let peak = before;
const heapBefore = process.memoryUsage().heapUsed;
let heapPeak = heapBefore;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  peak = Math.max(peak, usage.rss);
  heapPeak = Math.max(heapPeak, usage.heapUsed);
}, 20);
const started = performance.now();
await exportTasks[EXPORT_TASK]!({ exportId: row.id }, deps, { abortSignal: new AbortController().signal } as never);
clearInterval(sampler);
const done = await database.prisma.reportExport.findUniqueOrThrow({ where: { id: row.id } });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `ORDER_LINES export: ${done.status}, ${done.rowCount} rows in ${((performance.now() - started) / 1000).toFixed(1)} s; RSS before ${mb(before)}, peak ${mb(peak)}, growth ${mb(peak - before)}; heap before ${mb(heapBefore)}, peak ${mb(heapPeak)}`,
);
await database.prisma.reportExport.delete({ where: { id: row.id } });
rmSync(config.EXPORTS_DIR!, { recursive: true, force: true });
await database.close();
