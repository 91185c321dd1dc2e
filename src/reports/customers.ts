import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { count, instant, isSale, moneyText, rowId, runReport, type ReportClient, type ReportQuery } from './sql.js';

/**
 * Reports about users and what they spent. "Customers" are users that are
 * not soft-deleted (deleted_at IS NULL) with at least one sales order;
 * soft-deleted users appear in none of these reports.
 */

const customerSpendingRow = z.object({ userId: rowId, orderCount: count, totalSpent: moneyText });
export type CustomerSpendingRow = z.infer<typeof customerSpendingRow>;

/**
 * Per customer: sales orders and their sum, as columns user_id, order_count,
 * total_spent (numeric). Orders are aggregated first and the (much fewer)
 * groups then checked against users, rather than joining every order.
 */
function customerSpending(options: { where?: Prisma.Sql; having?: Prisma.Sql } = {}): Prisma.Sql {
  return Prisma.sql`
    SELECT s.user_id, s.order_count, s.total_spent
    FROM (
      SELECT o.customer_id AS user_id, count(*)::int AS order_count, sum(o.total_amount) AS total_spent
      FROM orders o
      WHERE ${isSale('o')} ${options.where ?? Prisma.empty}
      GROUP BY o.customer_id
      ${options.having ? Prisma.sql`HAVING ${options.having}` : Prisma.empty}
    ) s
    WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND u.deleted_at IS NULL)`;
}

const userStatisticsRow = z.object({
  totalUsers: count,
  activeUsers: count,
  inactiveUsers: count,
  registeredToday: count,
  registeredLast7Days: count,
});
export type UserStatisticsRow = z.infer<typeof userStatisticsRow>;

/** Users not soft-deleted; "today" is the current UTC day, "last 7 days" the 7 × 24 h before now. */
export function userStatisticsQuery(now: Date): ReportQuery<UserStatisticsRow> {
  return {
    row: userStatisticsRow,
    sql: Prisma.sql`
      SELECT count(*)::int AS "totalUsers",
             count(*) FILTER (WHERE u.is_active)::int AS "activeUsers",
             count(*) FILTER (WHERE NOT u.is_active)::int AS "inactiveUsers",
             count(*) FILTER (
               WHERE u.created_at >= date_trunc('day', ${instant(now)} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
             )::int AS "registeredToday",
             count(*) FILTER (WHERE u.created_at >= ${instant(now)} - interval '7 days')::int AS "registeredLast7Days"
      FROM users u
      WHERE u.deleted_at IS NULL`,
  };
}

export async function userStatistics(db: ReportClient, now: Date): Promise<UserStatisticsRow> {
  const [row] = await runReport(db, userStatisticsQuery(now));
  return row!;
}

export interface TopCustomersArgs {
  limit: number;
  from: Date | undefined;
  to: Date | undefined;
}

/** Customers by what they spent in [from, to) (either bound optional), highest first, ties by user id. */
export function topCustomersQuery(args: TopCustomersArgs): ReportQuery<CustomerSpendingRow> {
  const from = args.from ? Prisma.sql`AND o.created_at >= ${instant(args.from)}` : Prisma.empty;
  const to = args.to ? Prisma.sql`AND o.created_at < ${instant(args.to)}` : Prisma.empty;
  return {
    row: customerSpendingRow,
    sql: Prisma.sql`
      SELECT c.user_id AS "userId", c.order_count AS "orderCount", c.total_spent::text AS "totalSpent"
      FROM (${customerSpending({ where: Prisma.sql`${from} ${to}` })}) c
      ORDER BY c.total_spent DESC, c.user_id
      LIMIT ${args.limit}`,
  };
}

export const topCustomers = (db: ReportClient, args: TopCustomersArgs) => runReport(db, topCustomersQuery(args));

const customerRankRow = customerSpendingRow.extend({
  spendingRank: z.number().int().positive(),
  orderCountRank: z.number().int().positive(),
  spendingPercentile: z.number().min(0).max(1),
});
export type CustomerRankRow = z.infer<typeof customerRankRow>;

/** Every customer ranked three ways; the first `limit` by spendingRank. */
export function customerRankingQuery(args: { limit: number }): ReportQuery<CustomerRankRow> {
  return {
    row: customerRankRow,
    sql: Prisma.sql`
      WITH spending AS (${customerSpending()}),
      ranked AS (
        SELECT s.*,
               ROW_NUMBER() OVER (ORDER BY s.total_spent DESC, s.user_id) AS spending_rank,
               RANK() OVER (ORDER BY s.order_count DESC) AS order_count_rank,
               PERCENT_RANK() OVER (ORDER BY s.total_spent DESC) AS spending_percentile
        FROM spending s
      )
      SELECT r.user_id AS "userId", r.order_count AS "orderCount", r.total_spent::text AS "totalSpent",
             r.spending_rank::int AS "spendingRank", r.order_count_rank::int AS "orderCountRank",
             r.spending_percentile AS "spendingPercentile"
      FROM ranked r
      ORDER BY r.spending_rank
      LIMIT ${args.limit}`,
  };
}

export const customerRanking = (db: ReportClient, args: { limit: number }) => runReport(db, customerRankingQuery(args));

const userIdRow = z.object({ userId: rowId });
export type UserIdRow = z.infer<typeof userIdRow>;

/** Users (not soft-deleted) with a sales order in the last `days` × 24 h, by user id. */
export function usersWithRecentOrdersQuery(args: { days: number; now: Date }): ReportQuery<UserIdRow> {
  return {
    row: userIdRow,
    sql: Prisma.sql`
      SELECT u.id AS "userId"
      FROM users u
      WHERE u.deleted_at IS NULL
        AND EXISTS (
          SELECT 1 FROM orders o
          WHERE o.customer_id = u.id AND ${isSale('o')}
            AND o.created_at >= ${instant(args.now)} - make_interval(days => ${args.days}::int)
        )
      ORDER BY u.id`,
  };
}

export const usersWithRecentOrders = (db: ReportClient, args: { days: number; now: Date }) =>
  runReport(db, usersWithRecentOrdersQuery(args));

/** Users (not soft-deleted) without any sales order (they may have PENDING or CANCELLED ones), by id. */
export function usersWithoutOrdersQuery(): ReportQuery<UserIdRow> {
  return {
    row: userIdRow,
    sql: Prisma.sql`
      SELECT u.id AS "userId"
      FROM users u
      WHERE u.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = u.id AND ${isSale('o')})
      ORDER BY u.id`,
  };
}

export const usersWithoutOrders = (db: ReportClient) => runReport(db, usersWithoutOrdersQuery());

/**
 * Customers whose total is above the mean of all customers' totals (a
 * scalar subquery over the same per-customer sums; users without sales are
 * not part of that mean). Highest first, ties by user id.
 */
export function usersAboveAverageSpendingQuery(): ReportQuery<CustomerSpendingRow> {
  return {
    row: customerSpendingRow,
    sql: Prisma.sql`
      WITH spending AS (${customerSpending()})
      SELECT s.user_id AS "userId", s.order_count AS "orderCount", s.total_spent::text AS "totalSpent"
      FROM spending s
      WHERE s.total_spent > (SELECT avg(a.total_spent) FROM spending a)
      ORDER BY s.total_spent DESC, s.user_id`,
  };
}

export const usersAboveAverageSpending = (db: ReportClient) => runReport(db, usersAboveAverageSpendingQuery());

export interface CustomerSegmentsArgs {
  highValueThreshold: Prisma.Decimal;
  activeDays: number;
  minActivity: number;
  now: Date;
}

const segmentRow = customerSpendingRow.extend({ isActive: z.boolean() });

/**
 * High-value customers (spent more than the threshold), each marked active
 * when they had more than minActivity activities in the last activeDays × 24 h.
 */
export function customerSegmentsQuery(args: CustomerSegmentsArgs): ReportQuery<z.infer<typeof segmentRow>> {
  return {
    row: segmentRow,
    sql: Prisma.sql`
      WITH high_value AS (
        ${customerSpending({ having: Prisma.sql`sum(o.total_amount) > ${args.highValueThreshold.toFixed()}::numeric` })}
      ),
      recent_activity AS (
        SELECT a.user_id, count(*) AS activity_count
        FROM user_activities a
        JOIN high_value h ON h.user_id = a.user_id
        WHERE a.created_at >= ${instant(args.now)} - make_interval(days => ${args.activeDays}::int)
        GROUP BY a.user_id
      )
      SELECT h.user_id AS "userId", h.order_count AS "orderCount", h.total_spent::text AS "totalSpent",
             coalesce(r.activity_count, 0) > ${args.minActivity}::int AS "isActive"
      FROM high_value h
      LEFT JOIN recent_activity r ON r.user_id = h.user_id
      ORDER BY h.total_spent DESC, h.user_id`,
  };
}

export interface CustomerSegmentsResult {
  vip: CustomerSpendingRow[];
  atRisk: CustomerSpendingRow[];
}

export async function customerSegments(db: ReportClient, args: CustomerSegmentsArgs): Promise<CustomerSegmentsResult> {
  const rows = await runReport(db, customerSegmentsQuery(args));
  const strip = ({ isActive: _, ...row }: z.infer<typeof segmentRow>): CustomerSpendingRow => row;
  return {
    vip: rows.filter((row) => row.isActive).map(strip),
    atRisk: rows.filter((row) => !row.isActive).map(strip),
  };
}
