import { Prisma } from '../db/prisma.js';
import type { OrderStatus } from '../generated/prisma/enums.js';

/** Orders in these statuses count as sales (and as "spent") everywhere; PENDING and CANCELLED do not. */
export const SALES_STATUSES: readonly OrderStatus[] = ['CONFIRMED', 'SHIPPED', 'DELIVERED'];

/** `<status column> IN (sales statuses)` for raw SQL. */
export function isSaleSql(statusColumn: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${statusColumn} IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')`;
}
