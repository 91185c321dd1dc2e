import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/prisma.js';

/** Products directly in a category: all of them, and the active ones. */
export interface CategoryProductCount {
  all: number;
  active: number;
}

/** One GROUP BY for every requested category; categories without products count zero. */
export function createCategoryProductCountLoader(prisma: PrismaClient): DataLoader<number, CategoryProductCount> {
  return new DataLoader<number, CategoryProductCount>(async (ids) => {
    const rows = await prisma.$queryRaw<Array<{ categoryId: number; all: number; active: number }>>(Prisma.sql`
      SELECT p.category_id AS "categoryId",
             COUNT(*)::int AS "all",
             (COUNT(*) FILTER (WHERE p.is_active))::int AS active
      FROM products p
      WHERE p.category_id = ANY(${[...ids]}::int[])
      GROUP BY p.category_id
    `);
    const byId = new Map(rows.map((row) => [row.categoryId, { all: row.all, active: row.active }]));
    return ids.map((id) => byId.get(id) ?? { all: 0, active: 0 });
  });
}
