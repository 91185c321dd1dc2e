import { requireAdmin as requireAdminViewer } from '../auth/policy.js';
import type { ExportFormat, ReportExportKind } from '../generated/prisma/enums.js';
import type { ReportExport } from '../generated/prisma/client.js';
import type { Prisma } from '../db/prisma.js';
import { InvalidStateError, NotFoundError } from '../errors.js';
import { exportJobSql } from '../jobs/queue.js';
import { exportPlan } from '../reports/exports.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

const requireAdmin = (ctx: ServiceContext): number => requireAdminViewer(ctx.viewer).userId;

/** An export job retried this many times when a worker hands it back at shutdown. */
const EXPORT_JOB_ATTEMPTS = 5;

/**
 * Queues an export: its arguments are checked now (as Query.reports checks
 * them), the row and its job are written in one transaction.
 */
export async function exportReport(
  ctx: ServiceContext,
  input: { report: ReportExportKind; format: ExportFormat; arguments?: Record<string, unknown> | null },
): Promise<ReportExport> {
  const actorId = requireAdmin(ctx);
  exportPlan(input.report, input.arguments ?? null, new Date());
  return inTransaction(ctx.prisma, async (tx) => {
    const created = await tx.reportExport.create({
      data: {
        report: input.report,
        format: input.format,
        ...(input.arguments ? { arguments: input.arguments as Prisma.InputJsonObject } : {}),
        requestedById: actorId,
      },
    });
    await tx.$executeRaw`SELECT ${exportJobSql(created.id, EXPORT_JOB_ATTEMPTS)}`;
    await recordAudit(tx, { action: 'CREATE', entity: 'ReportExport', entityId: created.id, actorId, after: created });
    return created;
  });
}

/** QUEUED or RUNNING only (else INVALID_STATE); a running export stops at its next batch (well within a second). */
export async function cancelReportExport(ctx: ServiceContext, id: number): Promise<ReportExport> {
  const actorId = requireAdmin(ctx);
  return inTransaction(ctx.prisma, async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM report_exports WHERE id = ${id} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError('ReportExport', id);
    const before = await tx.reportExport.findUniqueOrThrow({ where: { id } });
    if (before.status !== 'QUEUED' && before.status !== 'RUNNING') {
      throw new InvalidStateError(`A ${before.status} export cannot be cancelled`, { status: before.status });
    }
    const after = await tx.reportExport.update({
      where: { id },
      data:
        before.status === 'QUEUED'
          ? { status: 'CANCELLED', cancelRequested: true, finishedAt: new Date() }
          : { cancelRequested: true },
    });
    await recordAudit(tx, { action: 'UPDATE', entity: 'ReportExport', entityId: id, actorId, before, after });
    return after;
  });
}
