import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { consistencyMail } from '../mail/templates.js';
import { dataConsistency } from '../reports/consistency.js';
import { cleanupOldRecords } from '../services/cleanup.js';
import { EXPORT_STALE_AFTER_MS, exportsDir } from './exports.js';
import { adminEmails } from './notifications.js';
import type { JobTask } from './worker.js';

export const MAINTENANCE_TASKS = {
  cleanup: 'cleanup_old_records',
  consistency: 'check_data_consistency',
  sweep: 'sweep_background_state',
} as const;

/** Idempotency keys are kept at least this long (the contract: 24 hours). */
const IDEMPOTENCY_KEY_TTL_MS = 48 * 3_600_000;

/** graphile-worker's crontab: the configured schedules, plus a sweep every minute. */
export function maintenanceCrontab(config: Pick<Config, 'CLEANUP_CRON' | 'CONSISTENCY_CRON'>): string {
  return [
    config.CLEANUP_CRON ? `${config.CLEANUP_CRON} ${MAINTENANCE_TASKS.cleanup} ?max=1` : '',
    config.CONSISTENCY_CRON ? `${config.CONSISTENCY_CRON} ${MAINTENANCE_TASKS.consistency} ?max=1` : '',
    `* * * * * ${MAINTENANCE_TASKS.sweep} ?max=1`,
  ]
    .filter(Boolean)
    .join('\n');
}

export const maintenanceTasks: Record<string, JobTask> = {
  [MAINTENANCE_TASKS.cleanup]: async (_payload, { prisma, config, log }) => {
    const result = await cleanupOldRecords(
      { prisma, viewer: null, config },
      { olderThanDays: config.CLEANUP_OLDER_THAN_DAYS, dryRun: false },
    );
    log.info(result, 'scheduled cleanup done');
  },
  [MAINTENANCE_TASKS.consistency]: async (_payload, { prisma, mailer, log }) => {
    const now = new Date();
    const report = await dataConsistency(prisma, now);
    log.info({ totalIssues: report.totalIssues }, 'scheduled data consistency check done');
    if (report.totalIssues === 0) return;
    const summary = report.issues.map((issue) => ({
      kind: issue.kind,
      table: issue.table,
      description: issue.description,
      count: issue.affectedRows,
    }));
    const day = now.toISOString().slice(0, 16);
    for (const email of await adminEmails(prisma)) {
      await mailer.send({
        key: `consistency:${day}:${email}`,
        to: email,
        ...consistencyMail(report.totalIssues, summary),
      });
    }
  },
  /**
   * Exports whose worker died are failed (never RUNNING forever), finished
   * export files past EXPORT_TTL_HOURS are removed, and idempotency keys
   * older than two days are dropped.
   */
  [MAINTENANCE_TASKS.sweep]: async (_payload, { prisma, config, log }) => {
    const now = Date.now();
    const stale = await prisma.reportExport.updateMany({
      where: { status: 'RUNNING', heartbeatAt: { lt: new Date(now - EXPORT_STALE_AFTER_MS) } },
      data: {
        status: 'FAILED',
        error: 'The worker running this export stopped; start it again',
        finishedAt: new Date(),
      },
    });
    if (stale.count > 0) log.warn({ exports: stale.count }, 'failed exports whose worker stopped');
    const expired = await prisma.reportExport.findMany({
      where: {
        status: 'SUCCEEDED',
        fileName: { not: null },
        finishedAt: { lt: new Date(now - config.EXPORT_TTL_HOURS * 3_600_000) },
      },
      select: { id: true, fileName: true },
    });
    const directory = exportsDir(config);
    for (const row of expired) {
      await rm(join(directory, row.fileName!), { force: true });
      await prisma.reportExport.update({ where: { id: row.id }, data: { fileName: null } });
    }
    // Partial files of exports interrupted mid-way.
    const files = await readdir(directory).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.partial'))) {
      const info = await stat(join(directory, file)).catch(() => null);
      if (info && now - info.mtimeMs > EXPORT_STALE_AFTER_MS) await rm(join(directory, file), { force: true });
    }
    await prisma.orderIdempotencyKey.deleteMany({
      where: { createdAt: { lt: new Date(now - IDEMPOTENCY_KEY_TTL_MS) } },
    });
  },
};
