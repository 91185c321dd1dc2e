import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import { NotFoundError } from '../errors.js';

/** Where a category sits in the tree. */
export interface CategoryLineage {
  /** Names from the root down, joined with ' > '. */
  path: string;
  /** 0 for a root category. */
  depth: number;
}

/** Categories form a tree (the mutations refuse cycles); the cap only stops a corrupt row from looping. */
const MAX_DEPTH = 1000;

/** Path and depth of every requested category from one WITH RECURSIVE walking each up to its root. */
export function createCategoryLineageLoader(prisma: PrismaClient): DataLoader<number, CategoryLineage> {
  return new DataLoader<number, CategoryLineage>(async (ids) => {
    const rows = await prisma.$queryRaw<Array<{ categoryId: number; path: string; depth: number }>>(Prisma.sql`
      WITH RECURSIVE lineage AS (
        SELECT c.id AS category_id, c.parent_id AS next_id, c.name::text AS path, 0 AS depth
        FROM categories c
        WHERE c.id = ANY(${[...ids]}::int[])
        UNION ALL
        SELECT l.category_id, p.parent_id, p.name || ' > ' || l.path, l.depth + 1
        FROM lineage l
        JOIN categories p ON p.id = l.next_id
        WHERE l.depth < ${MAX_DEPTH}
      )
      SELECT category_id AS "categoryId", path, depth
      FROM lineage
      WHERE next_id IS NULL
    `);
    const byId = new Map(rows.map((row) => [row.categoryId, { path: row.path, depth: Number(row.depth) }]));
    return ids.map((id) => byId.get(id) ?? new NotFoundError('Category', id));
  });
}
