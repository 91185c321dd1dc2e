import type { Context } from '../context.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../errors.js';
import { isAdmin } from '../auth/policy.js';
import { isRowId } from '../lib/global-id.js';
import { isRecordNotFound } from '../lib/db-errors.js';

/**
 * The contract's read rules, shared by direct lookups and `node`/`nodes`:
 * products and categories are public; a customer reads only their own user,
 * profile and orders; admins read everything; the audit log is admins only.
 */
export { isAdmin, requireAdmin, requireViewer } from '../auth/policy.js';

type GlobalId = { typename: string; id: string };

/** `nodes(ids:)` answers at most this many ids per call. */
export const MAX_NODES = 100;

/** Whether a decoded global ID names a row id that can exist; others are null for node/nodes. */
export const hasRowId = (id: GlobalId): boolean => isRowId(id.id);

const PUBLIC_TYPES = new Set(['Product', 'Category']);
const NODE_TYPES = new Set([...PUBLIC_TYPES, 'User', 'Order', 'OrderItem', 'AuditLogEntry', 'ReportExport', 'Webhook', 'WebhookDelivery']);

/**
 * Access errors for the ids a `node`/`nodes` call asks for, by position
 * (null = allowed). Orders and order items of other customers are FORBIDDEN
 * whether or not they exist (one batched owner lookup per type), so ids
 * cannot be probed.
 */
export async function nodeAccessErrors(context: Context, ids: readonly GlobalId[]): Promise<(Error | null)[]> {
  const { viewer } = context;
  const rowId = (id: GlobalId) => Number(id.id);
  const needsOwner = (typename: string) => viewer?.role === 'CUSTOMER' && ids.some((id) => id.typename === typename && hasRowId(id));
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
    if (!NODE_TYPES.has(id.typename)) return new BadUserInputError(`${id.typename} is not a node type`, ids.length === 1 ? 'id' : 'ids');
    if (PUBLIC_TYPES.has(id.typename)) return null;
    if (!viewer) return new UnauthenticatedError();
    if (isAdmin(viewer)) return null;
    switch (id.typename) {
      case 'User':
        return rowId(id) === viewer.userId ? null : new ForbiddenError();
      case 'Order':
      case 'OrderItem':
        return ownerOf.get(`${id.typename}:${id.id}`) === viewer.userId ? null : new ForbiddenError();
      default:
        return new ForbiddenError();
    }
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
