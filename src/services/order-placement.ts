import { Prisma, rawSqlOf } from '../db/prisma.js';
import { createHash } from 'node:crypto';
import { isAdmin } from '../auth/policy.js';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  InsufficientStockError,
  UnauthenticatedError,
} from '../errors.js';
import { type EventPayloads, ORDER_PLACED_TASKS, PRODUCT_STOCK_LOW_TASKS } from '../events/catalog.js';
import { noteEmitted } from '../events/emitted.js';
import { EVENT_JOB_MAX_ATTEMPTS } from '../events/outbox.js';
import type { PostalAddress } from '../lib/address.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import { globalIdOf } from '../lib/global-id.js';
import type { ServiceContext } from './service-context.js';
import { retryingConflicts } from './transaction.js';

export interface OrderLineData {
  productId: number;
  quantity: number;
  /** Admins only; defaults to the product's price. */
  unitPrice?: Prisma.Decimal | null | undefined;
}

export interface PlaceOrderData {
  /** Admins only; defaults to the caller. */
  customerId?: number | null | undefined;
  items: readonly OrderLineData[];
  shippingAddress?: PostalAddress | null | undefined;
  note?: string | null | undefined;
  /** Client-chosen, 1–100 characters: a retry with the same key returns the first call's order. */
  idempotencyKey?: string | null | undefined;
}

/** The lines an idempotency key stands for: the same key with other lines is CONFLICT. */
function requestHashOf(items: readonly OrderLineData[]): string {
  const lines = [...items]
    .sort((a, b) => a.productId - b.productId)
    .map((line) => [line.productId, line.quantity, line.unitPrice?.toFixed(2) ?? null]);
  return createHash('sha256').update(JSON.stringify(lines)).digest('hex');
}

/** Static checks that need no database: who may set what, no repeated product lines. */
function checkRequest(ctx: ServiceContext, data: PlaceOrderData): { customerId: number; explicitCustomer: boolean } {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const admin = isAdmin(viewer);
  if (data.customerId != null && data.customerId !== viewer.userId && !admin) {
    throw new ForbiddenError('Only admins may place orders for other customers');
  }
  if (data.items.length === 0) throw new BadUserInputError('An order needs at least one item', 'items');
  const seen = new Set<number>();
  data.items.forEach((line, index) => {
    if (line.unitPrice != null && !admin) throw new ForbiddenError('Only admins may set a unit price');
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new BadUserInputError('Quantity must be at least 1', `items.${index}.quantity`);
    }
    if (line.unitPrice?.isNegative()) {
      throw new BadUserInputError('Unit price cannot be negative', `items.${index}.unitPrice`);
    }
    // Repeated lines are rejected rather than merged: with admin prices they could disagree.
    if (seen.has(line.productId)) {
      throw new BadUserInputError(
        'Each product may appear only once; combine the quantities',
        `items.${index}.productId`,
      );
    }
    seen.add(line.productId);
  });
  return { customerId: data.customerId ?? viewer.userId, explicitCustomer: data.customerId != null };
}

/** What the place_order function (migration 20261203000000) answers. */
type Placement =
  | {
      outcome: 'placed';
      orderId: number;
      orderPlaced: EventPayloads['ORDER_PLACED'];
      stockLow: EventPayloads['PRODUCT_STOCK_LOW'][];
    }
  | { outcome: 'replayed'; orderId: number }
  | { outcome: 'customer_missing' | 'key_in_use' | 'key_mismatch' }
  | { outcome: 'product_missing' | 'product_inactive' | 'insufficient_stock'; line: number; available: number | null };

export interface PlacedOrder {
  orderId: number;
  /** True when an earlier call with the same idempotency key placed it. */
  replayed: boolean;
}

function placementError(
  placement: Exclude<Placement, { outcome: 'placed' | 'replayed' }>,
  data: PlaceOrderData,
  explicitCustomer: boolean,
): Error {
  switch (placement.outcome) {
    case 'customer_missing':
      return explicitCustomer
        ? new BadUserInputError('Customer does not exist', 'customerId')
        : new UnauthenticatedError('Your account no longer exists');
    case 'key_in_use':
      return new ConflictError('This idempotency key is in use by an order that is being placed; retry shortly', {
        field: 'idempotencyKey',
      });
    case 'key_mismatch':
      return new ConflictError('This idempotency key was used for an order with other items', {
        field: 'idempotencyKey',
      });
    case 'product_missing':
      return new BadUserInputError('Product does not exist', `items.${placement.line}.productId`);
    case 'product_inactive':
      return new BadUserInputError('Product is not available', `items.${placement.line}.productId`);
    case 'insufficient_stock': {
      const line = data.items[placement.line]!;
      return new InsufficientStockError(globalIdOf('Product', line.productId), line.quantity, placement.available ?? 0);
    }
  }
}

/**
 * Places an order in one statement (the place_order function): the customer
 * must exist and not be deleted, every product exist, be active and have the
 * stock; lines are priced under the products' row locks, totals are exact
 * decimals; the order, its items, the audit entry, the activity, the outbox
 * events and the stock are written together or not at all. With an
 * idempotency key, a repeated call returns the order the first call placed
 * and places nothing. No round trip to the application happens while a
 * product row is locked, which is what lets many orders for one hot product
 * through per second.
 */
export async function placeOrder(ctx: ServiceContext, data: PlaceOrderData): Promise<PlacedOrder> {
  const { customerId, explicitCustomer } = checkRequest(ctx, data);
  const key = data.idempotencyKey ?? null;
  const address = data.shippingAddress ? JSON.stringify({ ...data.shippingAddress }) : null;
  let placement: Placement;
  try {
    placement = await retryingConflicts(async () => {
      const [row] = await rawSqlOf(ctx.prisma)<{ placement: Placement | string }>(Prisma.sql`
        SELECT place_order(
          ${customerId}::int,
          ${ctx.viewer?.userId ?? null}::int,
          ${data.items.map((line) => line.productId)}::int[],
          ${data.items.map((line) => line.quantity)}::int[],
          ${data.items.map((line) => line.unitPrice?.toFixed(2) ?? null)}::numeric[],
          ${address}::jsonb,
          ${data.note ?? null}::text,
          ${key}::text,
          ${key === null ? null : requestHashOf(data.items)}::text,
          ${ctx.config.LOW_STOCK_THRESHOLD}::int,
          ${ORDER_PLACED_TASKS}::text[],
          ${PRODUCT_STOCK_LOW_TASKS}::text[],
          ${EVENT_JOB_MAX_ATTEMPTS}::int
        ) AS placement`);
      const result = row!.placement;
      return typeof result === 'string' ? (JSON.parse(result) as Placement) : result;
    });
  } catch (error) {
    if (databaseErrorOf(error)?.sqlState === SQLSTATE.numericOutOfRange) {
      throw new BadUserInputError('An amount exceeds what can be stored', 'items');
    }
    throw error;
  }
  if (placement.outcome === 'placed') {
    noteEmitted('ORDER_PLACED', [placement.orderPlaced]);
    noteEmitted('PRODUCT_STOCK_LOW', placement.stockLow);
    return { orderId: placement.orderId, replayed: false };
  }
  if (placement.outcome === 'replayed') return { orderId: placement.orderId, replayed: true };
  throw placementError(placement, data, explicitCustomer);
}
