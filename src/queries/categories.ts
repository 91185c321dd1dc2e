import { Prisma, type PrismaClient } from '../db/prisma.js';
import type { Category } from '../generated/prisma/client.js';

export interface CategoryTreeRow {
  category: Category;
  /** 0 for a root category. */
  level: number;
  /** Names from the root down, joined with ' > '. */
  path: string;
}

/**
 * The whole category tree, depth-first, from one recursive CTE. Siblings are
 * ordered by name, then id: each row carries the sibling ranks of its
 * ancestors and itself, and sorting by that array walks the tree depth-first
 * (a text sort on the joined path would not, e.g. "A > B" vs "A-B").
 */
export async function findCategoryTree(prisma: PrismaClient): Promise<CategoryTreeRow[]> {
  const rows = await prisma.$queryRaw<Array<Category & { level: number; path: string }>>(Prisma.sql`
    WITH RECURSIVE ranked AS (
      SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.parent_id ORDER BY c.name, c.id) AS sibling_rank
      FROM categories c
    ),
    tree AS (
      SELECT r.id, r.name, r.slug, r.description, r.parent_id, r.created_at, r.updated_at,
             0 AS level, r.name::text AS path, ARRAY[r.sibling_rank] AS sort_key
      FROM ranked r
      WHERE r.parent_id IS NULL
      UNION ALL
      SELECT r.id, r.name, r.slug, r.description, r.parent_id, r.created_at, r.updated_at,
             t.level + 1, t.path || ' > ' || r.name, t.sort_key || r.sibling_rank
      FROM ranked r
      JOIN tree t ON r.parent_id = t.id
    )
    SELECT id, name, slug, description, parent_id AS "parentId", created_at AS "createdAt",
           updated_at AS "updatedAt", level, path
    FROM tree
    ORDER BY sort_key
  `);
  return rows.map(({ level, path, ...category }) => ({ category, level: Number(level), path }));
}
