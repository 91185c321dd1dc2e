import type { Context } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { isAdmin, nodeReadError } from '../auth/policy.js';
import { isRowId } from '../lib/global-id.js';
import { isRecordNotFound } from '../lib/db-errors.js';

/**
 * `node` and `nodes` (the relay plugin calls these from the builder): the
 * ids' owners are looked up in one batch per type, and src/auth/policy.ts
 * decides, as it does for the direct lookups.
 */

type GlobalId = { typename: string; id: string };

/** `nodes(ids:)` answers at most this many ids per call. */
export const MAX_NODES = 100;

/** Whether a decoded global ID names a row id that can exist; others are null for node/nodes. */
export const hasRowId = (id: GlobalId): boolean => isRowId(id.id);

const NODE_TYPES = new Set([
  'Product',
  'Category',
  'User',
  'Order',
  'OrderItem',
  'AuditLogEntry',
  'ReportExport',
  'Webhook',
  'WebhookDelivery',
]);

/**
 * Access errors for the ids a `node`/`nodes` call asks for, by position
 * (null = allowed). Orders and order items of other customers are FORBIDDEN
 * whether or not they exist (one batched owner lookup per type), so ids
 * cannot be probed.
 */
export async function nodeAccessErrors(context: Context, ids: readonly GlobalId[]): Promise<(Error | null)[]> {
  const { viewer } = context;
  const rowId = (id: GlobalId) => Number(id.id);
  const needsOwner = (typename: string) =>
    viewer != null && !isAdmin(viewer) && ids.some((id) => id.typename === typename && hasRowId(id));
  const [orderOwners, itemOwners] = await Promise.all([
    needsOwner('Order')
      ? context.prisma.order.findMany({
          where: { id: { in: ids.filter((id) => id.typename === 'Order' && hasRowId(id)).map(rowId) } },
          select: { id: true, customerId: true },
        })
      : [],
    needsOwner('OrderItem')
      ? context.prisma.orderItem.findMany({
          where: { id: { in: ids.filter((id) => id.typename === 'OrderItem' && hasRowId(id)).map(rowId) } },
          select: { id: true, order: { select: { customerId: true } } },
        })
      : [],
  ]);
  const ownerOf = new Map<string, number>([
    ...orderOwners.map((row) => [`Order:${row.id}`, row.customerId] as const),
    ...itemOwners.map((row) => [`OrderItem:${row.id}`, row.order.customerId] as const),
  ]);
  return ids.map((id) => {
    if (!NODE_TYPES.has(id.typename))
      return new BadUserInputError(`${id.typename} is not a node type`, ids.length === 1 ? 'id' : 'ids');
    const owner = id.typename === 'User' ? rowId(id) : ownerOf.get(`${id.typename}:${id.id}`);
    return nodeReadError(viewer, id.typename, owner);
  });
}

/** A node whose row does not exist (Prisma P2025 from the node loader) is null, as the Node field allows. */
export async function nullWhenMissing<T>(node: T | Promise<T>): Promise<T | null> {
  try {
    return await node;
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
}
