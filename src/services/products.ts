import type { Prisma } from '../db/prisma.js';
import type { Product } from '../generated/prisma/client.js';
import { BadUserInputError, ConflictError, InsufficientStockError, NotFoundError } from '../errors.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import { globalIdOf } from '../lib/global-id.js';
import { normalizeTags } from '../lib/normalize.js';
import { recordAudit, type Transaction } from './audit.js';
import type { EventPayloads } from '../events/catalog.js';
import { emitEvent, emitEvents } from '../events/outbox.js';
import { stockLowPayloads } from '../events/stock.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

export interface CreateProductData {
  sku: string;
  name: string;
  description?: string | null | undefined;
  price: Prisma.Decimal;
  cost?: Prisma.Decimal | null | undefined;
  stockQuantity?: number | null | undefined;
  categoryId?: number | null | undefined;
  tags?: readonly string[] | null | undefined;
  isActive?: boolean | null | undefined;
}

/** Absent fields stay as they are; categoryId/cost/description null clear the value. */
export interface UpdateProductData {
  sku?: string | null | undefined;
  name?: string | null | undefined;
  description?: string | null | undefined;
  price?: Prisma.Decimal | null | undefined;
  cost?: Prisma.Decimal | null | undefined;
  categoryId?: number | null | undefined;
  tags?: readonly string[] | null | undefined;
  isActive?: boolean | null | undefined;
}

export interface PriceUpdate {
  productId: number;
  price: Prisma.Decimal;
}

function rethrowProductWriteError(error: unknown): never {
  const db = databaseErrorOf(error);
  if (
    db?.sqlState === SQLSTATE.uniqueViolation &&
    (db.constraint === 'products_sku_key' || db.constraint === 'products_sku_lower_key')
  ) {
    throw new ConflictError('SKU is already taken', { field: 'sku' });
  }
  if (db?.sqlState === SQLSTATE.foreignKeyViolation && db.constraint === 'products_category_id_fkey') {
    throw new BadUserInputError('Category does not exist', 'categoryId');
  }
  throw error;
}

async function assertCategoryExists(tx: Transaction, categoryId: number | null | undefined): Promise<void> {
  if (categoryId == null) return;
  const found = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!found) throw new BadUserInputError('Category does not exist', 'categoryId');
}

/** Fields whose change tells the outside world something (PRODUCT_UPDATED lists them). */
const WATCHED_FIELDS = [
  'sku',
  'name',
  'description',
  'price',
  'cost',
  'stockQuantity',
  'isActive',
  'tags',
  'categoryId',
] as const;

/**
 * PRODUCT_UPDATED with the fields that changed (none: no event), and
 * PRODUCT_STOCK_LOW when stock fell to or below the threshold. Returns
 * whether anything changed.
 */
async function recordProductUpdate(
  ctx: ServiceContext,
  tx: Transaction,
  before: Product,
  after: Product,
): Promise<boolean> {
  const changed = WATCHED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  if (changed.length === 0) return false;
  await emitEvent(tx, 'PRODUCT_UPDATED', { productId: after.id, sku: after.sku, changed });
  const stockChange = {
    productId: after.id,
    sku: after.sku,
    name: after.name,
    before: before.stockQuantity,
    after: after.stockQuantity,
  };
  await emitEvents(tx, 'PRODUCT_STOCK_LOW', stockLowPayloads(ctx.config.LOW_STOCK_THRESHOLD, [stockChange]));
  return true;
}

async function lockProduct(tx: Transaction, id: number): Promise<Product> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM products WHERE id = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('Product', id);
  return tx.product.findUniqueOrThrow({ where: { id } });
}

export async function createProduct(ctx: ServiceContext, data: CreateProductData): Promise<Product> {
  try {
    return await inTransaction(ctx.prisma, async (tx) => {
      await assertCategoryExists(tx, data.categoryId);
      const product = await tx.product.create({
        data: {
          sku: data.sku.trim(),
          name: data.name.trim(),
          description: data.description ?? null,
          price: data.price,
          cost: data.cost ?? null,
          stockQuantity: data.stockQuantity ?? 0,
          categoryId: data.categoryId ?? null,
          tags: normalizeTags(data.tags ?? []),
          isActive: data.isActive ?? true,
        },
      });
      await recordAudit(tx, {
        action: 'CREATE',
        entity: 'Product',
        entityId: product.id,
        actorId: ctx.viewer?.userId,
        after: product,
      });
      await emitEvent(tx, 'PRODUCT_CREATED', {
        productId: product.id,
        sku: product.sku,
        categoryId: product.categoryId,
      });
      return product;
    });
  } catch (error) {
    rethrowProductWriteError(error);
  }
}

export async function updateProduct(ctx: ServiceContext, id: number, data: UpdateProductData): Promise<Product> {
  const patch: Prisma.ProductUncheckedUpdateInput = {};
  if (data.sku != null) patch.sku = data.sku.trim();
  if (data.name != null) patch.name = data.name.trim();
  if (data.description !== undefined) patch.description = data.description;
  if (data.price != null) patch.price = data.price;
  if (data.cost !== undefined) patch.cost = data.cost;
  if (data.categoryId !== undefined) patch.categoryId = data.categoryId;
  if (data.tags != null) patch.tags = normalizeTags(data.tags);
  if (data.isActive != null) patch.isActive = data.isActive;
  try {
    return await inTransaction(ctx.prisma, async (tx) => {
      const before = await lockProduct(tx, id);
      await assertCategoryExists(tx, data.categoryId);
      const after = await tx.product.update({ where: { id }, data: patch });
      await recordProductUpdate(ctx, tx, before, after);
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Product',
        entityId: id,
        actorId: ctx.viewer?.userId,
        before,
        after,
      });
      return after;
    });
  } catch (error) {
    rethrowProductWriteError(error);
  }
}

/**
 * All or nothing in one transaction: an unknown product or a repeated one is
 * BAD_USER_INPUT naming its index (updates.<i>.productId) and nothing changes.
 * Rows are locked in id order. Returns the number of products updated.
 */
export async function bulkUpdatePrices(ctx: ServiceContext, updates: readonly PriceUpdate[]): Promise<number> {
  const indexOf = new Map<number, number>();
  updates.forEach((update, index) => {
    if (indexOf.has(update.productId)) {
      throw new BadUserInputError('The same product appears twice', `updates.${index}.productId`);
    }
    indexOf.set(update.productId, index);
  });
  if (updates.length === 0) return 0;
  const ids = [...indexOf.keys()].sort((a, b) => a - b);
  return inTransaction(ctx.prisma, async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT id FROM products WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
    const found = new Set(locked.map((row) => row.id));
    const missing = updates.findIndex((update) => !found.has(update.productId));
    if (missing >= 0) throw new BadUserInputError('Product does not exist', `updates.${missing}.productId`);
    const befores = await tx.product.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    const changes: EventPayloads['PRODUCT_UPDATED'][] = [];
    for (const before of befores) {
      const update = updates[indexOf.get(before.id)!]!;
      const after = await tx.product.update({ where: { id: before.id }, data: { price: update.price } });
      if (!before.price.equals(after.price))
        changes.push({ productId: before.id, sku: before.sku, changed: ['price'] });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Product',
        entityId: before.id,
        actorId: ctx.viewer?.userId,
        before,
        after,
        meta: { bulk: true },
      });
    }
    await emitEvents(tx, 'PRODUCT_UPDATED', changes);
    return befores.length;
  });
}

/**
 * One conditional UPDATE: the stock changes only if it stays >= 0, so
 * concurrent adjustments and orders can never drive it negative. A refused
 * decrease is INSUFFICIENT_STOCK with what was asked for and what is there.
 */
export async function adjustStock(
  ctx: ServiceContext,
  productId: number,
  delta: number,
  reason?: string | null,
): Promise<Product> {
  try {
    return await inTransaction(ctx.prisma, async (tx) => {
      const updated = await tx.$queryRaw<Array<{ before: number }>>`
        UPDATE products SET stock_quantity = stock_quantity + ${delta}, updated_at = now()
        WHERE id = ${productId} AND stock_quantity + ${delta} >= 0
        RETURNING stock_quantity - ${delta} AS before`;
      if (updated.length === 0) {
        const current = await tx.product.findUnique({ where: { id: productId }, select: { stockQuantity: true } });
        if (!current) throw new NotFoundError('Product', productId);
        throw new InsufficientStockError(globalIdOf('Product', productId), -delta, current.stockQuantity);
      }
      const after = await tx.product.findUniqueOrThrow({ where: { id: productId } });
      await recordProductUpdate(ctx, tx, { ...after, stockQuantity: updated[0]!.before }, after);
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Product',
        entityId: productId,
        actorId: ctx.viewer?.userId,
        before: { stockQuantity: updated[0]!.before },
        after: { stockQuantity: after.stockQuantity },
        meta: { delta, reason: reason ?? null },
      });
      return after;
    });
  } catch (error) {
    if (databaseErrorOf(error)?.sqlState === SQLSTATE.numericOutOfRange) {
      throw new BadUserInputError('Stock would exceed the largest storable quantity', 'delta');
    }
    throw error;
  }
}

export interface DeletedProduct {
  product: Product;
  /** false when the product had been ordered and was deactivated instead. */
  deleted: boolean;
}

/** Products that appear in orders are deactivated (kept for the order history); others are deleted. */
export async function deleteProduct(ctx: ServiceContext, id: number): Promise<DeletedProduct> {
  return inTransaction(ctx.prisma, async (tx) => {
    // Locked first: a concurrent placeOrder reserving this product waits, then finds it gone or inactive.
    const before = await lockProduct(tx, id);
    const orderLines = await tx.orderItem.count({ where: { productId: id } });
    if (orderLines > 0) {
      const after = await tx.product.update({ where: { id }, data: { isActive: false } });
      await recordProductUpdate(ctx, tx, before, after);
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Product',
        entityId: id,
        actorId: ctx.viewer?.userId,
        before,
        after,
        meta: { deactivatedInsteadOfDeleted: true, orderLines },
      });
      return { product: after, deleted: false };
    }
    await tx.product.delete({ where: { id } });
    await recordAudit(tx, { action: 'DELETE', entity: 'Product', entityId: id, actorId: ctx.viewer?.userId, before });
    await emitEvent(tx, 'PRODUCT_DELETED', { productId: id, sku: before.sku, categoryId: before.categoryId });
    return { product: before, deleted: true };
  });
}
