import { Prisma } from '../db/prisma.js';
import {
  BadUserInputError,
  ForbiddenError,
  InsufficientStockError,
  UnauthenticatedError,
} from '../errors.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import { globalIdOf } from '../lib/global-id.js';
import type { PostalAddress } from '../lib/address.js';
import { formatOrderNumber } from '../lib/order-number.js';
import { recordActivity, recordAudit, type Transaction } from './audit.js';
import type { ServiceContext } from './service-context.js';

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
}

/**
 * Many requests for one product queue on its row lock; a transaction may wait
 * for a pool connection and for the lock longer than Prisma's defaults (2 s / 5 s).
 */
export const ORDER_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

interface PricedLine {
  index: number;
  productId: number;
  quantity: number;
  unitPrice: Prisma.Decimal;
  totalPrice: Prisma.Decimal;
}

/** Static checks that need no database: who may set what, no repeated product lines. */
function checkRequest(ctx: ServiceContext, data: PlaceOrderData): { customerId: number; explicitCustomer: boolean } {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const isAdmin = viewer.role === 'ADMIN';
  if (data.customerId != null && data.customerId !== viewer.userId && !isAdmin) {
    throw new ForbiddenError('Only admins may place orders for other customers');
  }
  if (data.items.length === 0) throw new BadUserInputError('An order needs at least one item', 'items');
  const seen = new Set<number>();
  data.items.forEach((line, index) => {
    if (line.unitPrice != null && !isAdmin) throw new ForbiddenError('Only admins may set a unit price');
    if (!Number.isSafeInteger(line.quantity) || line.quantity <= 0) {
      throw new BadUserInputError('Quantity must be at least 1', `items.${index}.quantity`);
    }
    if (line.unitPrice != null && line.unitPrice.isNegative()) {
      throw new BadUserInputError('Unit price cannot be negative', `items.${index}.unitPrice`);
    }
    // Repeated lines are rejected rather than merged: with admin prices they could disagree.
    if (seen.has(line.productId)) {
      throw new BadUserInputError('Each product may appear only once; combine the quantities', `items.${index}.productId`);
    }
    seen.add(line.productId);
  });
  return { customerId: data.customerId ?? viewer.userId, explicitCustomer: data.customerId != null };
}

/**
 * Reserves stock with one conditional UPDATE per product, in product-id order
 * so that concurrent multi-product orders never deadlock. The UPDATE takes the
 * row lock, so the price read in RETURNING is the one in force at reservation.
 */
async function reserveAndPrice(tx: Transaction, items: readonly OrderLineData[]): Promise<PricedLine[]> {
  const lines = items.map((line, index) => ({ ...line, index })).sort((a, b) => a.productId - b.productId);
  const priced: PricedLine[] = [];
  for (const line of lines) {
    const reserved = await tx.$queryRaw<Array<{ price: string }>>`
      UPDATE products SET stock_quantity = stock_quantity - ${line.quantity}, updated_at = now()
      WHERE id = ${line.productId} AND is_active AND stock_quantity >= ${line.quantity}
      RETURNING price::text AS price`;
    if (reserved.length === 0) {
      const product = await tx.product.findUnique({
        where: { id: line.productId },
        select: { isActive: true, stockQuantity: true },
      });
      const field = `items.${line.index}.productId`;
      if (!product) throw new BadUserInputError('Product does not exist', field);
      if (!product.isActive) throw new BadUserInputError('Product is not available', field);
      throw new InsufficientStockError(globalIdOf('Product', line.productId), line.quantity, product.stockQuantity);
    }
    const unitPrice = line.unitPrice ?? new Prisma.Decimal(reserved[0]!.price);
    priced.push({
      index: line.index,
      productId: line.productId,
      quantity: line.quantity,
      unitPrice,
      totalPrice: unitPrice.times(line.quantity),
    });
  }
  return priced.sort((a, b) => a.index - b.index);
}

/**
 * Places an order in one transaction and returns its id: the customer must
 * exist and not be deleted (row share-locked until commit), every product
 * exist, be active and have the stock; totals are exact decimals.
 */
export async function placeOrder(ctx: ServiceContext, data: PlaceOrderData): Promise<number> {
  const { customerId, explicitCustomer } = checkRequest(ctx, data);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const customers = await tx.$queryRaw<Array<{ id: number }>>`
        SELECT id FROM users WHERE id = ${customerId} AND deleted_at IS NULL FOR SHARE`;
      if (customers.length === 0) {
        if (explicitCustomer) throw new BadUserInputError('Customer does not exist', 'customerId');
        throw new UnauthenticatedError('Your account no longer exists');
      }
      const lines = await reserveAndPrice(tx, data.items);
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
            create: lines.map(({ productId, quantity, unitPrice, totalPrice }) => ({ productId, quantity, unitPrice, totalPrice })),
          },
        },
      });
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
      return orderId;
    }, ORDER_TRANSACTION_OPTIONS);
  } catch (error) {
    const db = databaseErrorOf(error);
    if (db?.sqlState === SQLSTATE.numericOutOfRange) {
      throw new BadUserInputError('An amount exceeds what can be stored', 'items');
    }
    throw error;
  }
}
