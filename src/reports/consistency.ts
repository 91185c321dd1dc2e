import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { count, runReport, type ReportClient, type ReportQuery } from './sql.js';

/**
 * Data the constraints should have prevented, found anyway (rows written
 * around them: bulk loads, replication, manual fixes). One statement: one
 * UNION ALL branch per check, each yielding (id, record) of affected rows.
 */

export type ConsistencyIssueKind =
  | 'ORPHAN_ROW'
  | 'ORDER_TOTAL_MISMATCH'
  | 'ITEM_TOTAL_MISMATCH'
  | 'NEGATIVE_STOCK'
  | 'DUPLICATE_EMAIL';

interface ConsistencyCheck {
  kind: ConsistencyIssueKind;
  table: string;
  /** Completes "<count> <table> rows …". */
  problem: string;
  /** Affected rows: columns `id` (for ordering) and `record` (jsonb). */
  rows: Prisma.Sql;
}

function orphans(
  table: string,
  alias: string,
  idKey: string,
  column: string,
  columnKey: string,
  parent: string,
): ConsistencyCheck {
  const [t, c, p] = [Prisma.raw(table), Prisma.raw(`${alias}.${column}`), Prisma.raw(parent)];
  return {
    kind: 'ORPHAN_ROW',
    table,
    problem: `whose ${column} references a missing ${parent} row`,
    rows: Prisma.sql`
      SELECT ${Prisma.raw(alias)}.id, jsonb_build_object(${idKey}::text, ${Prisma.raw(alias)}.id, ${columnKey}::text, ${c}) AS record
      FROM ${t} ${Prisma.raw(alias)}
      WHERE ${c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${p} parent WHERE parent.id = ${c})`,
  };
}

/** Only static identifiers reach Prisma.raw above; nothing here comes from input. */
const CHECKS: ConsistencyCheck[] = [
  orphans('order_items', 'oi', 'orderItemId', 'order_id', 'orderId', 'orders'),
  orphans('order_items', 'oi', 'orderItemId', 'product_id', 'productId', 'products'),
  orphans('orders', 'o', 'orderId', 'customer_id', 'customerId', 'users'),
  orphans('user_profiles', 'up', 'profileId', 'user_id', 'userId', 'users'),
  orphans('user_activities', 'ua', 'activityId', 'user_id', 'userId', 'users'),
  orphans('products', 'p', 'productId', 'category_id', 'categoryId', 'categories'),
  orphans('categories', 'c', 'categoryId', 'parent_id', 'parentId', 'categories'),
  orphans('audit_logs', 'al', 'auditLogId', 'actor_id', 'actorId', 'users'),
  {
    kind: 'ORDER_TOTAL_MISMATCH',
    table: 'orders',
    problem: 'whose total_amount differs from the sum of their items by more than 0.01',
    rows: Prisma.sql`
      SELECT o.id, jsonb_build_object(
               'orderId', o.id, 'orderNumber', o.order_number,
               'storedTotal', o.total_amount::text, 'computedTotal', coalesce(i.computed, 0)::text) AS record
      FROM orders o
      LEFT JOIN (SELECT order_id, sum(total_price) AS computed FROM order_items GROUP BY order_id) i ON i.order_id = o.id
      WHERE abs(o.total_amount - coalesce(i.computed, 0)) > 0.01`,
  },
  {
    kind: 'ITEM_TOTAL_MISMATCH',
    table: 'order_items',
    problem: 'whose total_price is not quantity × unit_price',
    rows: Prisma.sql`
      SELECT oi.id, jsonb_build_object(
               'orderItemId', oi.id, 'orderId', oi.order_id, 'quantity', oi.quantity, 'unitPrice', oi.unit_price::text,
               'storedTotal', oi.total_price::text, 'computedTotal', (oi.quantity * oi.unit_price)::text) AS record
      FROM order_items oi
      WHERE oi.total_price <> oi.quantity * oi.unit_price`,
  },
  {
    kind: 'NEGATIVE_STOCK',
    table: 'products',
    problem: 'with a negative stock_quantity',
    rows: Prisma.sql`
      SELECT p.id, jsonb_build_object('productId', p.id, 'sku', p.sku, 'stockQuantity', p.stock_quantity) AS record
      FROM products p
      WHERE p.stock_quantity < 0`,
  },
  {
    kind: 'DUPLICATE_EMAIL',
    table: 'users',
    problem: 'sharing an email with another user when case is ignored (one record per email)',
    rows: Prisma.sql`
      SELECT min(u.id) AS id, jsonb_build_object('email', lower(u.email), 'userIds', jsonb_agg(u.id ORDER BY u.id)) AS record
      FROM users u
      GROUP BY lower(u.email)
      HAVING count(*) > 1`,
  },
];

/** At most this many records per issue; the description and totalIssues count them all. */
export const MAX_RECORDS_PER_ISSUE = 100;

const issueRow = z.object({
  kind: z.enum(['ORPHAN_ROW', 'ORDER_TOTAL_MISMATCH', 'ITEM_TOTAL_MISMATCH', 'NEGATIVE_STOCK', 'DUPLICATE_EMAIL']),
  table: z.string(),
  description: z.string(),
  affectedRows: count,
  records: z.array(z.record(z.string(), z.unknown())),
});
export type ConsistencyIssueRow = z.infer<typeof issueRow>;

export function dataConsistencyQuery(): ReportQuery<ConsistencyIssueRow> {
  const branches = CHECKS.map(
    (check, index) => Prisma.sql`
      SELECT ${index}::int AS position, ${check.kind}::text AS kind, ${check.table}::text AS "table",
             ${check.problem}::text AS problem, count(*)::int AS affected,
             to_jsonb((array_agg(r.record ORDER BY r.id))[1:${MAX_RECORDS_PER_ISSUE}::int]) AS records
      FROM (${check.rows}) r
      HAVING count(*) > 0`,
  );
  return {
    row: issueRow,
    sql: Prisma.sql`
      SELECT i.kind, i."table", format('%s %s rows %s', i.affected, i."table", i.problem) AS description,
             i.affected AS "affectedRows", i.records
      FROM (${Prisma.join(branches, ' UNION ALL ')}) i
      ORDER BY i.position`,
  };
}

export interface ConsistencyReport {
  checkedAt: Date;
  /** Affected rows over all issues (a duplicated email counts once). */
  totalIssues: number;
  issues: ConsistencyIssueRow[];
}

export async function dataConsistency(db: ReportClient, now: Date): Promise<ConsistencyReport> {
  const issues = await runReport(db, dataConsistencyQuery());
  return { checkedAt: now, totalIssues: issues.reduce((sum, issue) => sum + issue.affectedRows, 0), issues };
}
