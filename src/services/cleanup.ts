import { Prisma } from '../db/prisma.js';
import { BadUserInputError } from '../errors.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

export interface CleanupOptions {
  olderThanDays: number;
  /** Count only; change nothing. */
  dryRun: boolean;
  /** Reference time for the cutoff (tests); defaults to now. */
  now?: Date;
}

export interface CleanupResult {
  dryRun: boolean;
  cancelledOrders: number;
  inactiveUsers: number;
}

const DAY_MS = 86_400_000;

/**
 * Removes CANCELLED orders cancelled before the cutoff (their items cascade)
 * and inactive users created before it who never placed an order. Users are
 * judged on the orders that exist before this run, so a user whose only
 * orders are old cancelled ones is kept (they did order). A dry run answers
 * the same counts without changing anything. Every removed row gets a DELETE
 * audit entry in the same transaction.
 */
export async function cleanupOldRecords(ctx: ServiceContext, options: CleanupOptions): Promise<CleanupResult> {
  if (!Number.isSafeInteger(options.olderThanDays) || options.olderThanDays < 1) {
    throw new BadUserInputError('olderThanDays must be at least 1', 'olderThanDays');
  }
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.olderThanDays * DAY_MS);
  const lock = options.dryRun ? Prisma.empty : Prisma.sql`FOR UPDATE`;
  const actorId = ctx.viewer?.userId;
  return inTransaction(ctx.prisma, async (tx) => {
    // Locking the candidate users first: an order placed for one of them meanwhile either
    // committed before (and the NOT EXISTS below sees it) or waits for this transaction.
    const userIds = (
      await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM users u
        WHERE u.is_active = false AND u.created_at < ${cutoff} AND u.id <> ${actorId ?? 0}
          AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = u.id)
        ORDER BY id ${lock}`
    ).map((row) => row.id);
    const orderIds = (
      await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM orders WHERE status = 'CANCELLED' AND cancelled_at < ${cutoff} ORDER BY id ${lock}`
    ).map((row) => row.id);
    if (options.dryRun) return { dryRun: true, cancelledOrders: orderIds.length, inactiveUsers: userIds.length };

    const orders = await tx.order.findMany({ where: { id: { in: orderIds } }, orderBy: { id: 'asc' } });
    await tx.order.deleteMany({ where: { id: { in: orderIds } } });
    for (const before of orders) {
      await recordAudit(tx, {
        action: 'DELETE',
        entity: 'Order',
        entityId: before.id,
        actorId,
        before,
        meta: { cleanup: true },
      });
    }
    const deletable = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM users u
      WHERE u.id = ANY(${userIds}::int[]) AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = u.id)`;
    const deletableIds = deletable.map((row) => row.id);
    const users = await tx.user.findMany({ where: { id: { in: deletableIds } }, orderBy: { id: 'asc' } });
    await tx.user.deleteMany({ where: { id: { in: deletableIds } } });
    for (const before of users) {
      await recordAudit(tx, {
        action: 'DELETE',
        entity: 'User',
        entityId: before.id,
        actorId,
        before,
        meta: { cleanup: true },
      });
    }
    return { dryRun: false, cancelledOrders: orders.length, inactiveUsers: users.length };
  });
}
