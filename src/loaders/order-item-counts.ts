import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '../db/prisma.js';

/** Units in each order (sum of its items' quantities), in ONE GROUP BY for all requested orders. */
export function orderItemCountLoader(prisma: PrismaClient) {
  return new DataLoader<number, number>(async (orderIds) => {
    const rows = await prisma.$queryRaw<{ order_id: number; units: number }[]>`
      SELECT order_id, sum(quantity)::int AS units
      FROM order_items
      WHERE order_id IN (${Prisma.join(orderIds.map((id) => Prisma.sql`${id}::int`))})
      GROUP BY order_id`;
    const byOrder = new Map(rows.map((row) => [row.order_id, row.units]));
    return orderIds.map((id) => byOrder.get(id) ?? 0);
  });
}
