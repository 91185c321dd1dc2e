import { requireAdmin } from '../auth/policy.js';
import { Prisma } from '../db/prisma.js';
import type { Product } from '../generated/prisma/client.js';
import { BadUserInputError } from '../errors.js';
import type { EventPayloads } from '../events/catalog.js';
import { emitEvents } from '../events/outbox.js';
import { normalizeTags } from '../lib/normalize.js';
import { recordAudits } from './audit.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

/** At most this many products change in one bulk action (more: narrow the filter). */
export const MAX_BULK_PRODUCTS = 10_000;

export interface BulkProductChanges {
  /** e.g. -10.00 lowers prices by 10 %, rounded to cents (half up); a price never goes below 0.00. */
  priceChangePercent?: Prisma.Decimal | null;
  /** undefined: unchanged; null: no category. */
  categoryId?: number | null;
  isActive?: boolean | null;
  addTags?: readonly string[] | null;
  removeTags?: readonly string[] | null;
}

const PRICE_LIMIT = new Prisma.Decimal('9999999999.99');

function changedRow(before: Product, changes: BulkProductChanges, remove: Set<string>, add: string[]): Product {
  let price = before.price;
  if (changes.priceChangePercent) {
    price = Prisma.Decimal.max(
      0,
      before.price
        .times(changes.priceChangePercent.plus(100))
        .dividedBy(100)
        .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP),
    );
  }
  const tags =
    add.length > 0 || remove.size > 0
      ? normalizeTags([...before.tags, ...add]).filter((tag) => !remove.has(tag))
      : before.tags;
  return {
    ...before,
    price,
    categoryId: changes.categoryId === undefined ? before.categoryId : changes.categoryId,
    isActive: changes.isActive ?? before.isActive,
    tags,
  };
}

const CHANGED_FIELDS = ['price', 'categoryId', 'isActive', 'tags'] as const;

/**
 * Admins change every product matching `where` in one transaction, all or
 * nothing: rows locked in id order, new values computed exactly, one UPDATE,
 * one audit entry and one PRODUCT_UPDATED event per product that changed.
 * A dry run only counts the matches. Returns matches (dry run) or changes.
 */
export async function updateProducts(
  ctx: ServiceContext,
  where: Prisma.Sql,
  changes: BulkProductChanges,
  dryRun: boolean,
): Promise<number> {
  const actorId = requireAdmin(ctx.viewer).userId;
  const remove = new Set(normalizeTags(changes.removeTags ?? []));
  const add = normalizeTags(changes.addTags ?? []);
  const nothing =
    changes.priceChangePercent == null &&
    changes.categoryId === undefined &&
    changes.isActive == null &&
    add.length === 0 &&
    remove.size === 0;
  if (nothing && !dryRun) throw new BadUserInputError('changes must change something', 'changes');
  if (changes.priceChangePercent?.lessThan(-100)) {
    throw new BadUserInputError('priceChangePercent cannot be below -100', 'changes.priceChangePercent');
  }
  if (dryRun) {
    const [row] = await ctx.prisma.$queryRaw<
      Array<{ n: number }>
    >`SELECT count(*)::int AS n FROM products p WHERE ${where}`;
    return row?.n ?? 0;
  }
  return inTransaction(ctx.prisma, async (tx) => {
    if (changes.categoryId != null) {
      const category = await tx.category.findUnique({ where: { id: changes.categoryId }, select: { id: true } });
      if (!category) throw new BadUserInputError('Category does not exist', 'changes.categoryId');
    }
    const locked = await tx.$queryRaw<Array<{ id: number }>>`
      SELECT p.id FROM products p WHERE ${where} ORDER BY p.id LIMIT ${MAX_BULK_PRODUCTS + 1} FOR UPDATE`;
    if (locked.length > MAX_BULK_PRODUCTS) {
      throw new BadUserInputError(`The filter matches more than ${MAX_BULK_PRODUCTS} products; narrow it`, 'filter');
    }
    const befores = await tx.product.findMany({
      where: { id: { in: locked.map((row) => row.id) } },
      orderBy: { id: 'asc' },
    });
    const updates = befores
      .map((before) => ({ before, after: changedRow(before, changes, remove, add) }))
      .filter(({ before, after }) =>
        CHANGED_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])),
      );
    if (updates.length === 0) return 0;
    if (updates.some(({ after }) => after.price.greaterThan(PRICE_LIMIT))) {
      throw new BadUserInputError('A new price would exceed 9999999999.99', 'changes.priceChangePercent');
    }
    const rows = updates.map(({ after }) => ({
      id: after.id,
      price: after.price.toFixed(2),
      category_id: after.categoryId,
      is_active: after.isActive,
      tags: after.tags,
    }));
    await tx.$executeRaw`
      UPDATE products p
      SET price = x.price, category_id = x.category_id, is_active = x.is_active, tags = x.tags, updated_at = now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id int, price numeric, category_id int, is_active boolean, tags text[])
      WHERE p.id = x.id`;
    await recordAudits(
      tx,
      updates.map(({ before, after }) => ({
        action: 'UPDATE' as const,
        entity: 'Product',
        entityId: before.id,
        actorId,
        before,
        after,
        meta: { bulk: true },
      })),
    );
    const events: EventPayloads['PRODUCT_UPDATED'][] = updates.map(({ before, after }) => ({
      productId: before.id,
      sku: before.sku,
      changed: CHANGED_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])),
    }));
    await emitEvents(tx, 'PRODUCT_UPDATED', events);
    return updates.length;
  });
}
