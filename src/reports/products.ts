import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { count, instant, isSale, moneyText, rowId, runReport, type ReportClient, type ReportQuery } from './sql.js';

/** Reports about products, over the lines of sales orders. */

const productSalesRow = z.object({
  productId: rowId,
  orderLines: count,
  quantitySold: count,
  revenue: moneyText,
  averageSellingPrice: moneyText,
  estimatedProfit: moneyText.nullable(),
});
export type ProductSalesRow = z.infer<typeof productSalesRow>;

export interface ProductSalesArgs {
  from: Date;
  to: Date;
  limit: number;
}

/**
 * Products sold in sales orders created in [from, to), by revenue (highest
 * first, ties by product id). averageSellingPrice = revenue / quantity,
 * rounded to cents; estimatedProfit uses the product's current cost.
 */
export function productSalesQuery(args: ProductSalesArgs): ReportQuery<ProductSalesRow> {
  return {
    row: productSalesRow,
    sql: Prisma.sql`
      SELECT p.id AS "productId",
             count(*)::int AS "orderLines",
             sum(oi.quantity)::int AS "quantitySold",
             sum(oi.total_price)::text AS revenue,
             round(sum(oi.total_price) / sum(oi.quantity), 2)::text AS "averageSellingPrice",
             (sum(oi.total_price) - sum(oi.quantity) * p.cost)::text AS "estimatedProfit"
      FROM orders o
      JOIN order_items oi ON oi.order_id = o.id
      JOIN products p ON p.id = oi.product_id
      WHERE ${isSale('o')}
        AND o.created_at >= ${instant(args.from)}
        AND o.created_at < ${instant(args.to)}
      GROUP BY p.id
      ORDER BY sum(oi.total_price) DESC, p.id
      LIMIT ${args.limit}`,
  };
}

export const productSales = (db: ReportClient, args: ProductSalesArgs) => runReport(db, productSalesQuery(args));

const productIdRow = z.object({ productId: rowId });
export type ProductIdRow = z.infer<typeof productIdRow>;

/** Products (active or not) on no line of any sales order, by id. */
export function productsNeverOrderedQuery(): ReportQuery<ProductIdRow> {
  return {
    row: productIdRow,
    sql: Prisma.sql`
      SELECT p.id AS "productId"
      FROM products p
      WHERE NOT EXISTS (
        SELECT 1
        FROM order_items oi
        JOIN orders o ON o.id = oi.order_id
        WHERE oi.product_id = p.id AND ${isSale('o')}
      )
      ORDER BY p.id`,
  };
}

export const productsNeverOrdered = (db: ReportClient) => runReport(db, productsNeverOrderedQuery());
