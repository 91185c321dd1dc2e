import { emitEvent } from '../events/outbox.js';
import { Prisma } from '../db/prisma.js';
import type { Category } from '../generated/prisma/client.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import { recordAudit, type Transaction } from './audit.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

export interface CreateCategoryData {
  name: string;
  slug?: string | null | undefined;
  description?: string | null | undefined;
  parentId?: number | null | undefined;
}

/** Absent fields stay as they are; parentId null moves the category to the root. */
export interface UpdateCategoryData {
  name?: string | null | undefined;
  slug?: string | null | undefined;
  description?: string | null | undefined;
  parentId?: number | null | undefined;
}

/** Lower-case letters (any script) and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Nd}]+)*$/u;
export const SLUG_MAX_LENGTH = 120;

/** A URL slug from a name: "Home & Garden" → "home-garden"; non-Latin letters are kept. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/** Serialises moves in the tree so that two concurrent moves cannot build a cycle together. */
const CATEGORY_TREE_LOCK = Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('categories.tree'))`;

function rethrowCategoryWriteError(error: unknown): never {
  const db = databaseErrorOf(error);
  if (db?.sqlState === SQLSTATE.uniqueViolation && db.constraint === 'categories_slug_key') {
    throw new ConflictError('Slug is already taken', { field: 'slug' });
  }
  if (db?.sqlState === SQLSTATE.foreignKeyViolation && db.constraint === 'categories_parent_id_fkey') {
    throw new BadUserInputError('Parent category does not exist', 'parentId');
  }
  throw error;
}

function slugFor(name: string, slug: string | null | undefined): string {
  const generated = slug?.trim() || slugify(name);
  if (!generated) throw new BadUserInputError('Cannot derive a slug from the name; give one', 'slug');
  return generated;
}

async function lockCategory(tx: Transaction, id: number): Promise<Category> {
  const rows = await tx.$queryRaw<Array<{ id: number }>>`SELECT id FROM categories WHERE id = ${id} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError('Category', id);
  return tx.category.findUniqueOrThrow({ where: { id } });
}

/**
 * Whether parentId may become the parent of categoryId: the parent must exist
 * and must not be the category itself or one of its descendants, i.e. the
 * category must not appear among the new parent's ancestors (one recursive CTE).
 */
async function assertValidParent(tx: Transaction, categoryId: number | null, parentId: number): Promise<void> {
  const [result] = await tx.$queryRaw<Array<{ found: boolean; cyclic: boolean }>>`
    WITH RECURSIVE ancestors AS (
      SELECT id, parent_id FROM categories WHERE id = ${parentId}
      UNION
      SELECT c.id, c.parent_id FROM categories c JOIN ancestors a ON c.id = a.parent_id
    )
    SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = ${parentId}) AS found,
           EXISTS (SELECT 1 FROM ancestors WHERE id = ${categoryId ?? 0}) AS cyclic`;
  if (!result?.found) throw new BadUserInputError('Parent category does not exist', 'parentId');
  if (result.cyclic) throw new BadUserInputError('A category cannot move under itself or a descendant', 'parentId');
}

export async function createCategory(ctx: ServiceContext, data: CreateCategoryData): Promise<Category> {
  const name = data.name.trim();
  const slug = slugFor(name, data.slug);
  try {
    return await inTransaction(ctx.prisma, async (tx) => {
      if (data.parentId != null) await assertValidParent(tx, null, data.parentId);
      const category = await tx.category.create({
        data: { name, slug, description: data.description ?? null, parentId: data.parentId ?? null },
      });
      await recordAudit(tx, {
        action: 'CREATE',
        entity: 'Category',
        entityId: category.id,
        actorId: ctx.viewer?.userId,
        after: category,
      });
      await emitEvent(tx, 'CATEGORY_CHANGED', { categoryId: category.id, change: 'created' });
      return category;
    });
  } catch (error) {
    rethrowCategoryWriteError(error);
  }
}

export async function updateCategory(ctx: ServiceContext, id: number, data: UpdateCategoryData): Promise<Category> {
  const patch: Prisma.CategoryUncheckedUpdateInput = {};
  if (data.name != null) patch.name = data.name.trim();
  if (data.slug != null) patch.slug = data.slug.trim();
  if (data.description !== undefined) patch.description = data.description;
  if (data.parentId !== undefined) patch.parentId = data.parentId;
  try {
    return await inTransaction(ctx.prisma, async (tx) => {
      if (data.parentId != null) await tx.$executeRaw(CATEGORY_TREE_LOCK);
      const before = await lockCategory(tx, id);
      if (data.parentId != null && data.parentId !== before.parentId) await assertValidParent(tx, id, data.parentId);
      const after = await tx.category.update({ where: { id }, data: patch });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'Category',
        entityId: id,
        actorId: ctx.viewer?.userId,
        before,
        after,
      });
      await emitEvent(tx, 'CATEGORY_CHANGED', { categoryId: id, change: 'updated' });
      return after;
    });
  } catch (error) {
    rethrowCategoryWriteError(error);
  }
}

/** Refused (CONFLICT) while the category has children or products; returns the deleted row. */
export async function deleteCategory(ctx: ServiceContext, id: number): Promise<Category> {
  return inTransaction(ctx.prisma, async (tx) => {
    // The row lock makes concurrent inserts of children/products wait for us and then fail their FK check.
    const before = await lockCategory(tx, id);
    const [children, products] = await Promise.all([
      tx.category.count({ where: { parentId: id } }),
      tx.product.count({ where: { categoryId: id } }),
    ]);
    if (children > 0 || products > 0) {
      throw new ConflictError(`Category has ${children} subcategories and ${products} products`, {
        children,
        products,
      });
    }
    await tx.category.delete({ where: { id } });
    await recordAudit(tx, { action: 'DELETE', entity: 'Category', entityId: id, actorId: ctx.viewer?.userId, before });
    await emitEvent(tx, 'CATEGORY_CHANGED', { categoryId: id, change: 'deleted' });
    return before;
  });
}
