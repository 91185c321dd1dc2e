import { Prisma } from '../db/prisma.js';
import { createHash } from 'node:crypto';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  InsufficientStockError,
  UnauthenticatedError,
} from '../errors.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import { globalIdOf } from '../lib/global-id.js';
import type { PostalAddress } from '../lib/address.js';
import { formatOrderNumber } from '../lib/order-number.js';
import { recordActivity, recordAudit, type Transaction } from './audit.js';
import { emitEvent, emitEvents } from '../events/outbox.js';
import { stockLowPayloads, type StockChange } from '../events/stock.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';
import { isAdmin } from '../auth/policy.js';

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

/** Reads the order the way the caller wants to answer with it, inside the order's transaction. */
export type OrderReader<T> = (tx: Transaction, orderId: number) => Promise<T>;

/** The lines an idempotency key stands for: the same key with other lines is CONFLICT. */
function requestHashOf(items: readonly OrderLineData[]): string {
  const lines = [...items]
    .sort((a, b) => a.productId - b.productId)
    .map((line) => [line.productId, line.quantity, line.unitPrice?.toFixed(2) ?? null]);
  return createHash('sha256').update(JSON.stringify(lines)).digest('hex');
}

/**
 * Claims (customer, key) for this call, first thing in the transaction. A
 * concurrent call with the same key waits on the primary key until this one
 * commits (it then finds this order) or rolls back (it then places its own).
 * Returns the order id an earlier call placed, or null when this call goes on.
 */
async function claimIdempotencyKey(
  tx: Transaction,
  customerId: number,
  key: string,
  requestHash: string,
): Promise<number | null> {
  const claimed = await tx.$queryRaw<Array<{ key: string }>>`
    INSERT INTO order_idempotency_keys (customer_id, key, request_hash) VALUES (${customerId}, ${key}, ${requestHash})
    ON CONFLICT (customer_id, key) DO NOTHING RETURNING key`;
  if (claimed.length > 0) return null;
  const [earlier] = await tx.$queryRaw<Array<{ request_hash: string; order_id: number | null }>>`
    SELECT request_hash, order_id FROM order_idempotency_keys WHERE customer_id = ${customerId} AND key = ${key}`;
  if (!earlier || earlier.order_id === null) {
    throw new ConflictError('This idempotency key is in use by an order that is being placed; retry shortly', {
      field: 'idempotencyKey',
    });
  }
  if (earlier.request_hash !== requestHash) {
    throw new ConflictError('This idempotency key was used for an order with other items', { field: 'idempotencyKey' });
  }
  return earlier.order_id;
}

/**
 * Many requests for one product queue on its row lock; a transaction may wait
 * for a pool connection and for the lock longer than Prisma's defaults (2 s / 5 s).
 */
export const ORDER_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

interface PricedLine {
  index: number;
  stock: StockChange;
  productId: number;
  quantity: number;
  unitPrice: Prisma.Decimal;
  totalPrice: Prisma.Decimal;
  /** The product's price the line was priced at (checked again at reservation); null for an admin's own price. */
  listPrice: string | null;
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

interface ProductForOrder {
  id: number;
  price: string;
  stock: number;
  sku: string;
  name: string;
  isActive: boolean;
}

/** The products' pricing and stock as committed (no lock). */
async function productsForOrder(tx: Transaction, ids: readonly number[]): Promise<Map<number, ProductForOrder>> {
  const products = await tx.$queryRaw<ProductForOrder[]>`
    SELECT id, price::text AS price, stock_quantity AS stock, sku, name, is_active AS "isActive"
    FROM products WHERE id = ANY(${ids}::int[])`;
  return new Map(products.map((product) => [product.id, product]));
}

/** The error for a line whose product is missing, inactive or short of stock. */
function unavailable(line: OrderLineData & { index: number }, product: ProductForOrder | undefined): Error {
  const field = `items.${line.index}.productId`;
  if (!product) return new BadUserInputError('Product does not exist', field);
  if (!product.isActive) return new BadUserInputError('Product is not available', field);
  return new InsufficientStockError(globalIdOf('Product', line.productId), line.quantity, product.stock);
}

/**
 * Prices the lines from one unlocked read of their products and checks
 * them (exists, active, enough stock). The reservation at the end of the
 * transaction re-checks all of it under the row locks.
 */
async function priceLines(tx: Transaction, items: readonly OrderLineData[]): Promise<PricedLine[]> {
  const byId = await productsForOrder(
    tx,
    items.map((line) => line.productId),
  );
  return items.map((line, index) => {
    const product = byId.get(line.productId);
    if (!product?.isActive || product.stock < line.quantity) throw unavailable({ ...line, index }, product);
    const unitPrice = line.unitPrice ?? new Prisma.Decimal(product.price);
    return {
      index,
      stock: {
        productId: line.productId,
        sku: product.sku,
        name: product.name,
        before: product.stock,
        after: product.stock - line.quantity,
      },
      productId: line.productId,
      quantity: line.quantity,
      unitPrice,
      totalPrice: unitPrice.times(line.quantity),
      listPrice: line.unitPrice == null ? product.price : null,
    };
  });
}

/** A product's price changed between pricing and reservation: the whole order is placed again. */
class PriceChangedDuringOrder extends Error {}

/**
 * Reserves the stock of every line in one statement, the last write of the
 * transaction, so a hot product's row stays locked only for this statement,
 * the answer's read and COMMIT. Rows are locked in id order (no deadlocks
 * between multi-product orders); a line without enough stock, or whose
 * product went inactive, fails the order (everything rolls back); a list
 * price that moved since pricing places the order again at the new price.
 */
async function reserveStock(tx: Transaction, lines: readonly PricedLine[]): Promise<void> {
  const reserved = await tx.$queryRaw<Array<{ id: number; price: string; stock: number }>>`
    WITH wanted AS (
      SELECT * FROM unnest(${lines.map((line) => line.productId)}::int[], ${lines.map((line) => line.quantity)}::int[]) AS w(id, quantity)
    ), locked AS (
      SELECT p.id FROM products p JOIN wanted USING (id) ORDER BY p.id FOR NO KEY UPDATE OF p
    )
    UPDATE products p SET stock_quantity = p.stock_quantity - wanted.quantity, updated_at = now()
    FROM locked JOIN wanted USING (id)
    WHERE p.id = locked.id AND p.is_active AND p.stock_quantity >= wanted.quantity
    RETURNING p.id, p.price::text AS price, p.stock_quantity AS stock`;
  const byId = new Map(reserved.map((row) => [row.id, row]));
  for (const line of lines) {
    const row = byId.get(line.productId);
    if (!row) throw unavailable(line, (await productsForOrder(tx, [line.productId])).get(line.productId));
    if (line.listPrice !== null && row.price !== line.listPrice) throw new PriceChangedDuringOrder();
    line.stock.before = row.stock + line.quantity;
    line.stock.after = row.stock;
  }
}

/**
 * Places an order in one transaction and answers with `read(tx, orderId)`,
 * read inside that transaction, so a committed order is never reported as
 * failed: the customer must exist and not be deleted (row share-locked until
 * commit), every product exist, be active and have the stock; totals are
 * exact decimals. With an idempotency key, a repeated call returns the order
 * the first call placed and places nothing. The stock is reserved last
 * (reserveStock), so concurrent orders for one product queue on its row only
 * for the last few statements.
 */
/** Placing again after a price moved mid-order; beyond this the caller is told to retry. */
const PRICE_CHANGE_ATTEMPTS = 3;

export async function placeOrder<T>(ctx: ServiceContext, data: PlaceOrderData, read: OrderReader<T>): Promise<T> {
  const request = checkRequest(ctx, data);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await placeOrderOnce(ctx, data, request, read);
    } catch (error) {
      if (!(error instanceof PriceChangedDuringOrder)) throw error;
      if (attempt >= PRICE_CHANGE_ATTEMPTS) {
        throw new ConflictError('Prices changed while the order was being placed; place it again', { field: 'items' });
      }
    }
  }
}

async function placeOrderOnce<T>(
  ctx: ServiceContext,
  data: PlaceOrderData,
  { customerId, explicitCustomer }: { customerId: number; explicitCustomer: boolean },
  read: OrderReader<T>,
): Promise<T> {
  const key = data.idempotencyKey ?? null;
  try {
    return await inTransaction(
      ctx.prisma,
      async (tx) => {
        const customers = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM users WHERE id = ${customerId} AND deleted_at IS NULL FOR SHARE`;
        if (customers.length === 0) {
          if (explicitCustomer) throw new BadUserInputError('Customer does not exist', 'customerId');
          throw new UnauthenticatedError('Your account no longer exists');
        }
        if (key !== null) {
          const earlierOrderId = await claimIdempotencyKey(tx, customerId, key, requestHashOf(data.items));
          if (earlierOrderId !== null) return read(tx, earlierOrderId);
        }
        const lines = await priceLines(tx, data.items);
        const totalAmount = lines.reduce((sum, line) => sum.plus(line.totalPrice), new Prisma.Decimal(0));
        const [{ id: nextId }] = (await tx.$queryRaw<Array<{ id: bigint }>>`
        SELECT nextval(pg_get_serial_sequence('orders', 'id')) AS id`) as [{ id: bigint }];
        const orderId = Number(nextId);
        const order = await tx.order.create({
          data: {
            id: orderId,
            orderNumber: formatOrderNumber(orderId, new Date()),
            customerId,
            totalAmount,
            ...(data.shippingAddress ? { shippingAddress: { ...data.shippingAddress } } : {}),
            note: data.note ?? null,
            items: {
              create: lines.map(({ productId, quantity, unitPrice, totalPrice }) => ({
                productId,
                quantity,
                unitPrice,
                totalPrice,
              })),
            },
          },
        });
        if (key !== null) {
          await tx.$executeRaw`UPDATE order_idempotency_keys SET order_id = ${orderId} WHERE customer_id = ${customerId} AND key = ${key}`;
        }
        const items = lines.map((line) => ({
          productId: line.productId,
          quantity: line.quantity,
          unitPrice: line.unitPrice.toFixed(2),
        }));
        await recordAudit(tx, {
          action: 'CREATE',
          entity: 'Order',
          entityId: orderId,
          actorId: ctx.viewer?.userId,
          after: order,
          meta: { items },
        });
        await recordActivity(tx, customerId, 'ORDER_PLACED', {
          orderId,
          orderNumber: order.orderNumber,
          totalAmount: totalAmount.toFixed(2),
        });
        await emitEvent(tx, 'ORDER_PLACED', {
          orderId,
          orderNumber: order.orderNumber,
          customerId,
          totalAmount: totalAmount.toFixed(2),
          itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
          productIds: lines.map((line) => line.productId),
        });
        // Last: from here to COMMIT the products' rows are locked.
        await reserveStock(tx, lines);
        await emitEvents(
          tx,
          'PRODUCT_STOCK_LOW',
          stockLowPayloads(
            ctx.config.LOW_STOCK_THRESHOLD,
            lines.map((line) => line.stock),
          ),
        );
        return read(tx, orderId);
      },
      ORDER_TRANSACTION_OPTIONS,
    );
  } catch (error) {
    const db = databaseErrorOf(error);
    if (db?.sqlState === SQLSTATE.numericOutOfRange) {
      throw new BadUserInputError('An amount exceeds what can be stored', 'items');
    }
    throw error;
  }
}
