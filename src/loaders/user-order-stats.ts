import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import { OrderStatus } from '../generated/prisma/enums.js';
import { isSaleSql } from '../db/sql.js';

export interface UserOrderStats {
  /** Orders in any status. */
  orderCount: number;
  /** Sum of totalAmount over sales orders, exact text ("0.00" when none). */
  totalSpent: string;
  /** Average totalAmount over sales orders rounded to cents; null without sales. */
  averageOrderValue: string | null;
  /** Over orders in any status. */
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  /** Every status, zero when none, in the enum's order. */
  ordersByStatus: { status: OrderStatus; count: number }[];
}

interface Row {
  user_id: number;
  order_count: number;
  total_spent: string;
  average_order_value: string | null;
  first_order_at: Date | null;
  last_order_at: Date | null;
  by_status: Record<string, number>;
}

const STATUSES = Object.values(OrderStatus);

function statsOf(row: Row | undefined): UserOrderStats {
  return {
    orderCount: row?.order_count ?? 0,
    totalSpent: row?.total_spent ?? '0.00',
    averageOrderValue: row?.average_order_value ?? null,
    firstOrderAt: row?.first_order_at ?? null,
    lastOrderAt: row?.last_order_at ?? null,
    ordersByStatus: STATUSES.map((status) => ({ status, count: row?.by_status[status] ?? 0 })),
  };
}

/** All order aggregates of many users in ONE GROUP BY. */
export function userOrderStatsLoader(prisma: PrismaClient) {
  return new DataLoader<number, UserOrderStats>(async (userIds) => {
    const rows = await prisma.$queryRaw<Row[]>`
      SELECT customer_id AS user_id,
             count(*)::int AS order_count,
             COALESCE(sum(total_amount) FILTER (WHERE ${isSaleSql(Prisma.sql`status`)}), 0)::numeric(14, 2)::text AS total_spent,
             round(avg(total_amount) FILTER (WHERE ${isSaleSql(Prisma.sql`status`)}), 2)::text AS average_order_value,
             min(created_at) AS first_order_at,
             max(created_at) AS last_order_at,
             jsonb_build_object(${Prisma.join(
               STATUSES.map(
                 (status) => Prisma.sql`${status}::text, count(*) FILTER (WHERE status = ${status}::"OrderStatus")`,
               ),
             )}) AS by_status
      FROM orders
      WHERE customer_id IN (${Prisma.join(userIds.map((id) => Prisma.sql`${id}::int`))})
      GROUP BY customer_id`;
    const byUser = new Map(rows.map((row) => [row.user_id, row]));
    return userIds.map((id) => statsOf(byUser.get(id)));
  });
}
