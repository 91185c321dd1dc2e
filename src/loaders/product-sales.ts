import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import { isSaleSql } from '../db/sql.js';

/** What a product sold in sales orders. */
export interface ProductSales {
  unitsSold: number;
  /** Exact decimal text (SUM of order_items.total_price), e.g. "125.50". */
  revenue: string;
}

/** One GROUP BY over the sales orders' items of every requested product. */
export function createProductSalesLoader(prisma: PrismaClient): DataLoader<number, ProductSales> {
  return new DataLoader<number, ProductSales>(async (ids) => {
    const rows = await prisma.$queryRaw<Array<{ productId: number; unitsSold: number; revenue: string }>>(Prisma.sql`
      SELECT oi.product_id AS "productId",
             SUM(oi.quantity)::int AS "unitsSold",
             SUM(oi.total_price)::text AS revenue
      FROM order_items oi
      JOIN orders o ON o.id = oi.order_id
      WHERE oi.product_id = ANY(${[...ids]}::int[])
        AND ${isSaleSql(Prisma.sql`o.status`)}
      GROUP BY oi.product_id
    `);
    const byId = new Map(rows.map((row) => [row.productId, { unitsSold: row.unitsSold, revenue: row.revenue }]));
    return ids.map((id) => byId.get(id) ?? { unitsSold: 0, revenue: '0.00' });
  });
}
