import type { Order } from '../generated/prisma/client.js';
import type { OrderStatus } from '../generated/prisma/enums.js';
import {
  BadUserInputError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  UnauthenticatedError,
} from '../errors.js';
import { recordActivity, recordAudit, type Transaction } from './audit.js';
import { emitEvent } from '../events/outbox.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';
import { canActFor, isAdmin } from '../auth/policy.js';

/**
 * Many requests for one order or product queue on its row lock; a transaction may wait
 * for a pool connection and for the lock longer than Prisma's defaults (2 s / 5 s).
 */
const ORDER_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** The one step forward from each status; CANCELLED is reachable from PENDING and CONFIRMED only. */
export const NEXT_STATUS: Partial<Record<OrderStatus, OrderStatus>> = {
  PENDING: 'CONFIRMED',
  CONFIRMED: 'SHIPPED',
  SHIPPED: 'DELIVERED',
};
export const CANCELLABLE_STATUSES: readonly OrderStatus[] = ['PENDING', 'CONFIRMED'];

const TIMESTAMP_OF: Record<OrderStatus, 'confirmedAt' | 'shippedAt' | 'deliveredAt' | 'cancelledAt' | null> = {
  PENDING: null,
  CONFIRMED: 'confirmedAt',
  SHIPPED: 'shippedAt',
  DELIVERED: 'deliveredAt',
  CANCELLED: 'cancelledAt',
};

/**
 * Takes the order's row lock for the rest of the transaction and reads it.
 * Every status change goes through here, so concurrent changes of one order
 * run one after the other and the later one sees the earlier one's result.
 */
async function lockOrder(tx: Transaction, id: number): Promise<Order> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM orders WHERE id = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('Order', id);
  return tx.order.findUniqueOrThrow({ where: { id } });
}

function assertOwnerOrAdmin(ctx: ServiceContext, order: Order): void {
  if (!ctx.viewer) throw new UnauthenticatedError();
  if (!canActFor(ctx.viewer, order.customerId)) throw new ForbiddenError();
}

/** Cancels a locked order: puts every item's quantity back (product-id order), stamps cancelledAt. */
async function cancelLocked(
  ctx: ServiceContext,
  tx: Transaction,
  before: Order,
  reason: string | null,
): Promise<Order> {
  if (!CANCELLABLE_STATUSES.includes(before.status)) {
    throw new InvalidStateError(`A ${before.status} order cannot be cancelled`, { status: before.status });
  }
  const items = await tx.orderItem.findMany({
    where: { orderId: before.id },
    orderBy: [{ productId: 'asc' }, { id: 'asc' }],
  });
  for (const item of items) {
    await tx.$executeRaw`
      UPDATE products SET stock_quantity = stock_quantity + ${item.quantity}, updated_at = now()
      WHERE id = ${item.productId}`;
  }
  const after = await tx.order.update({
    where: { id: before.id },
    data: { status: 'CANCELLED', cancelledAt: new Date() },
  });
  const restocked = items.map((item) => ({ productId: item.productId, quantity: item.quantity }));
  await recordAudit(tx, {
    action: 'UPDATE',
    entity: 'Order',
    entityId: before.id,
    actorId: ctx.viewer?.userId,
    before,
    after,
    meta: { reason, restocked },
  });
  await emitEvent(tx, 'ORDER_CANCELLED', {
    orderId: before.id,
    orderNumber: before.orderNumber,
    customerId: before.customerId,
    from: before.status,
    reason,
    productIds: [...new Set(items.map((item) => item.productId))],
  });
  await recordActivity(tx, before.customerId, 'ORDER_CANCELLED', {
    orderId: before.id,
    orderNumber: before.orderNumber,
    reason,
    cancelledBy: ctx.viewer?.userId ?? null,
  });
  return after;
}

async function orderProductIds(tx: Transaction, orderId: number): Promise<number[]> {
  const items = await tx.orderItem.findMany({
    where: { orderId },
    select: { productId: true },
    distinct: ['productId'],
  });
  return items.map((item) => item.productId);
}

/** The owner or an admin cancels a PENDING or CONFIRMED order; anything else is INVALID_STATE. */
export async function cancelOrder(ctx: ServiceContext, id: number, reason?: string | null): Promise<Order> {
  if (!ctx.viewer) throw new UnauthenticatedError();
  const viewer = ctx.viewer;
  return inTransaction(
    ctx.prisma,
    async (tx) => {
      // A customer learns nothing about orders that are not theirs: unknown ids are FORBIDDEN too.
      const order = await lockOrder(tx, id).catch((error: unknown) => {
        if (error instanceof NotFoundError && !isAdmin(viewer)) throw new ForbiddenError();
        throw error;
      });
      assertOwnerOrAdmin(ctx, order);
      return cancelLocked(ctx, tx, order, reason ?? null);
    },
    ORDER_TRANSACTION_OPTIONS,
  );
}

/**
 * Admins move an order one step along PENDING → CONFIRMED → SHIPPED →
 * DELIVERED, stamping that status's timestamp. CANCELLED is accepted from
 * PENDING/CONFIRMED and does exactly what cancelOrder does (stock restored).
 * Any other target, including the current status, is INVALID_STATE.
 */
export async function updateOrderStatus(ctx: ServiceContext, id: number, status: OrderStatus): Promise<Order> {
  return inTransaction(
    ctx.prisma,
    async (tx) => {
      const before = await lockOrder(tx, id);
      if (status === 'CANCELLED') return cancelLocked(ctx, tx, before, null);
      if (NEXT_STATUS[before.status] !== status) {
        throw new InvalidStateError(`Cannot change a ${before.status} order to ${status}`, {
          from: before.status,
          to: status,
        });
      }
      const stamp = TIMESTAMP_OF[status];
      const after = await tx.order.update({
        where: { id },
        data: { status, ...(stamp ? { [stamp]: new Date() } : {}) },
      });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Order',
        entityId: id,
        actorId: ctx.viewer?.userId,
        before,
        after,
      });
      // Confirming makes the order a sale: its products' unitsSold and revenue change.
      const productIds = status === 'CONFIRMED' ? await orderProductIds(tx, id) : undefined;
      await emitEvent(tx, 'ORDER_STATUS_CHANGED', {
        orderId: id,
        orderNumber: before.orderNumber,
        customerId: before.customerId,
        from: before.status,
        to: status,
        ...(productIds ? { productIds } : {}),
      });
      return after;
    },
    ORDER_TRANSACTION_OPTIONS,
  );
}

/** Admins give an order to another customer, who must exist and not be deleted. */
export async function transferOrder(ctx: ServiceContext, id: number, toUserId: number): Promise<Order> {
  return inTransaction(
    ctx.prisma,
    async (tx) => {
      const before = await lockOrder(tx, id);
      const target = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM users WHERE id = ${toUserId} AND deleted_at IS NULL FOR SHARE`;
      if (target.length === 0) throw new BadUserInputError('The new customer does not exist or is deleted', 'toUserId');
      if (before.customerId === toUserId) return before;
      const after = await tx.order.update({ where: { id }, data: { customerId: toUserId } });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Order',
        entityId: id,
        actorId: ctx.viewer?.userId,
        before,
        after,
      });
      await emitEvent(tx, 'ORDER_TRANSFERRED', {
        orderId: id,
        orderNumber: before.orderNumber,
        fromCustomerId: before.customerId,
        toCustomerId: toUserId,
      });
      return after;
    },
    ORDER_TRANSACTION_OPTIONS,
  );
}
