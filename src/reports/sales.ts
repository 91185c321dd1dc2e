import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import {
  count,
  instant,
  inWindow,
  isSale,
  monthSeries,
  monthWindow,
  moneyText,
  rowId,
  runReport,
  type ReportClient,
  type ReportQuery,
} from './sql.js';

/**
 * Sales over time. Every sales order counts here, whoever placed it (also
 * orders of users soft-deleted since): these are about revenue, not people.
 * Months are calendar months in UTC, written YYYY-MM.
 */

const runningTotalRow = z.object({
  orderId: rowId,
  createdAt: z.date(),
  totalAmount: moneyText,
  runningTotal: moneyText,
  runningAverage: moneyText,
});
export type RunningTotalRow = z.infer<typeof runningTotalRow>;

export interface RunningTotalsArgs {
  from: Date | undefined;
  to: Date | undefined;
  limit: number;
}

/** Sales orders in [from, to) by (createdAt, id) with the sum and mean (rounded to cents) so far. */
export function runningTotalsQuery(args: RunningTotalsArgs): ReportQuery<RunningTotalRow> {
  const from = args.from ? Prisma.sql`AND o.created_at >= ${instant(args.from)}` : Prisma.empty;
  const to = args.to ? Prisma.sql`AND o.created_at < ${instant(args.to)}` : Prisma.empty;
  return {
    row: runningTotalRow,
    sql: Prisma.sql`
      SELECT o.id AS "orderId", o.created_at AS "createdAt", o.total_amount::text AS "totalAmount",
             (SUM(o.total_amount) OVER running)::text AS "runningTotal",
             round(AVG(o.total_amount) OVER running, 2)::text AS "runningAverage"
      FROM orders o
      WHERE ${isSale('o')} ${from} ${to}
      WINDOW running AS (ORDER BY o.created_at, o.id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
      ORDER BY o.created_at, o.id
      LIMIT ${args.limit}`,
  };
}

export const runningTotals = (db: ReportClient, args: RunningTotalsArgs) => runReport(db, runningTotalsQuery(args));

const monthlySalesRow = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  orderCount: count,
  revenue: moneyText,
  averageOrderValue: moneyText,
  uniqueCustomers: count,
  revenueGrowth: z.number().nullable(),
  isPartial: z.boolean(),
});
export type MonthlySalesRow = z.infer<typeof monthlySalesRow>;

export interface MonthWindowArgs {
  months: number;
  now: Date;
}

/**
 * One row per month of the window, oldest first; months without sales have
 * zeros. revenueGrowth: percent change against the previous month's revenue
 * (LAG), rounded to two decimals; null for the first month and after a month
 * with no revenue.
 */
export function monthlySalesQuery(args: MonthWindowArgs): ReportQuery<MonthlySalesRow> {
  const window = monthWindow(args.now, args.months);
  return {
    row: monthlySalesRow,
    sql: Prisma.sql`
      WITH months AS (${monthSeries(window)}),
      sales AS (
        SELECT date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS month,
               count(*)::int AS order_count,
               sum(o.total_amount) AS revenue,
               count(DISTINCT o.customer_id)::int AS unique_customers
        FROM orders o
        WHERE ${isSale('o')}
          AND ${inWindow(Prisma.sql`o.created_at`, window)}
        GROUP BY 1
      ),
      filled AS (
        SELECT m.month,
               coalesce(s.order_count, 0) AS order_count,
               coalesce(s.revenue, 0) AS revenue,
               coalesce(s.unique_customers, 0) AS unique_customers,
               LAG(coalesce(s.revenue, 0)) OVER (ORDER BY m.month) AS previous_revenue
        FROM months m
        LEFT JOIN sales s ON s.month = m.month
      )
      SELECT to_char(f.month, 'YYYY-MM') AS month,
             f.order_count AS "orderCount",
             f.revenue::text AS revenue,
             (CASE WHEN f.order_count = 0 THEN 0 ELSE round(f.revenue / f.order_count, 2) END)::text AS "averageOrderValue",
             f.unique_customers AS "uniqueCustomers",
             CASE WHEN f.previous_revenue IS NULL OR f.previous_revenue = 0 THEN NULL
                  ELSE round((f.revenue - f.previous_revenue) * 100 / f.previous_revenue, 2)::float8
             END AS "revenueGrowth",
             f.month = date_trunc('month', ${instant(args.now)} AT TIME ZONE 'UTC') AS "isPartial"
      FROM filled f
      ORDER BY f.month`,
  };
}

export const monthlySales = (db: ReportClient, args: MonthWindowArgs) => runReport(db, monthlySalesQuery(args));

const monthlyProductRankRow = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  productId: rowId,
  quantitySold: count,
  revenue: moneyText,
  revenueRank: z.number().int().positive(),
  quantityRank: z.number().int().positive(),
});
export type MonthlyProductRankRow = z.infer<typeof monthlyProductRankRow>;

/**
 * Per month of the window, the products in the month's top N by revenue or
 * by quantity (ROW_NUMBER, ties by product id); by month, then revenue rank.
 */
export function salesRankingQuery(args: MonthWindowArgs & { topN: number }): ReportQuery<MonthlyProductRankRow> {
  const window = monthWindow(args.now, args.months);
  return {
    row: monthlyProductRankRow,
    sql: Prisma.sql`
      WITH monthly AS (
        SELECT date_trunc('month', o.created_at AT TIME ZONE 'UTC') AS month,
               oi.product_id,
               sum(oi.quantity)::int AS quantity_sold,
               sum(oi.total_price) AS revenue
        FROM orders o
        JOIN order_items oi ON oi.order_id = o.id
        WHERE ${isSale('o')}
          AND ${inWindow(Prisma.sql`o.created_at`, window)}
        GROUP BY 1, 2
      ),
      ranked AS (
        SELECT m.*,
               ROW_NUMBER() OVER (PARTITION BY m.month ORDER BY m.revenue DESC, m.product_id) AS revenue_rank,
               ROW_NUMBER() OVER (PARTITION BY m.month ORDER BY m.quantity_sold DESC, m.product_id) AS quantity_rank
        FROM monthly m
      )
      SELECT to_char(r.month, 'YYYY-MM') AS month, r.product_id AS "productId", r.quantity_sold AS "quantitySold",
             r.revenue::text AS revenue, r.revenue_rank::int AS "revenueRank", r.quantity_rank::int AS "quantityRank"
      FROM ranked r
      WHERE r.revenue_rank <= ${args.topN}::int OR r.quantity_rank <= ${args.topN}::int
      ORDER BY r.month, r.revenue_rank`,
  };
}

export const salesRanking = (db: ReportClient, args: MonthWindowArgs & { topN: number }) =>
  runReport(db, salesRankingQuery(args));
