import type { PrismaClient } from '../../src/db/prisma.js';

/** Row counts of every table, to assert that a failed mutation changed nothing. */
export async function rowCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const rows = await prisma.$queryRaw<Array<{ table: string; count: number }>>`
    SELECT 'users' AS "table", count(*)::int AS count FROM users
    UNION ALL SELECT 'user_profiles', count(*)::int FROM user_profiles
    UNION ALL SELECT 'categories', count(*)::int FROM categories
    UNION ALL SELECT 'products', count(*)::int FROM products
    UNION ALL SELECT 'orders', count(*)::int FROM orders
    UNION ALL SELECT 'order_items', count(*)::int FROM order_items
    UNION ALL SELECT 'user_activities', count(*)::int FROM user_activities
    UNION ALL SELECT 'audit_logs', count(*)::int FROM audit_logs`;
  return Object.fromEntries(rows.map((row) => [row.table, row.count]));
}
