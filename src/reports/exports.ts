import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { BadUserInputError } from '../errors.js';
import { inSupportedRange } from '../lib/dates.js';
import { parseMoney } from '../lib/money.js';
import type { ReportExportKind } from '../generated/prisma/enums.js';
import { ACTIVITY_RANGE, DAYS_RANGE, intInRange, LIMIT_RANGE, MONTHS_RANGE, dateRangeArg } from './arguments.js';
import { dataConsistencyQuery } from './consistency.js';
import { customerRankingQuery, customerSegmentsQuery, topCustomersQuery } from './customers.js';
import { productSalesQuery } from './products.js';
import { monthlySalesQuery, runningTotalsQuery, salesRankingQuery } from './sales.js';
import { count, instant, moneyText, rowId, type ReportQuery } from './sql.js';

/**
 * Report exports: the same SQL as Query.reports (so exported rows equal the
 * report's rows for the same arguments), plus ORDER_LINES, every line of
 * every order in a range, which can be millions of rows and is therefore
 * only exported, streamed from a server-side cursor.
 */

type Row = Record<string, unknown>;

export interface ExportPlan {
  query: ReportQuery<Row>;
  /** Turns a parsed row into the exported record (e.g. CUSTOMER_SEGMENTS' isActive → segment). */
  record(row: Row): Row;
}

type Arguments = Record<string, unknown>;

const field = (name: string) => `arguments.${name}`;

function intArg(args: Arguments, name: string, fallback: number, range: { min: number; max: number }): number {
  const value = args[name];
  if (value !== undefined && value !== null && typeof value !== 'number') {
    throw new BadUserInputError(`${name} must be an integer`, field(name));
  }
  return intInRange(value as number | null | undefined, fallback, field(name), range);
}

function dateArg(args: Arguments, name: string, required: boolean): Date | undefined {
  const value = args[name];
  if (value === undefined || value === null) {
    if (required) throw new BadUserInputError(`${name} is required`, field(name));
    return undefined;
  }
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || !inSupportedRange(date))
    throw new BadUserInputError(`${name} must be an ISO 8601 date-time`, field(name));
  return date;
}

function moneyArg(args: Arguments, name: string, fallback: string): Prisma.Decimal {
  const value = args[name] ?? fallback;
  try {
    const money = parseMoney(value);
    if (money.isNegative()) throw new BadUserInputError(`${name} must not be negative`, field(name));
    return money;
  } catch (error) {
    if (error instanceof BadUserInputError) throw error;
    throw new BadUserInputError(`${name} must be a decimal like "1000.00"`, field(name));
  }
}

const ALLOWED: Record<ReportExportKind, readonly string[]> = {
  TOP_CUSTOMERS: ['limit', 'from', 'to'],
  CUSTOMER_RANKING: ['limit'],
  RUNNING_TOTALS: ['from', 'to', 'limit'],
  PRODUCT_SALES: ['from', 'to', 'limit'],
  MONTHLY_SALES: ['months'],
  SALES_RANKING: ['months', 'topN'],
  CUSTOMER_SEGMENTS: ['highValueThreshold', 'activeDays', 'minActivity'],
  DATA_CONSISTENCY: [],
  ORDER_LINES: ['from', 'to'],
};

const orderLineRow = z.object({
  orderId: rowId,
  orderNumber: z.string(),
  status: z.string(),
  createdAt: z.date(),
  customerId: rowId,
  username: z.string(),
  email: z.string(),
  orderItemId: rowId,
  productId: rowId,
  sku: z.string(),
  productName: z.string(),
  quantity: count,
  unitPrice: moneyText,
  totalPrice: moneyText,
});

function orderLinesQuery(range: { from: Date | undefined; to: Date | undefined }): ReportQuery<Row> {
  const conditions = [
    range.from ? Prisma.sql`o.created_at >= ${instant(range.from)}` : Prisma.sql`TRUE`,
    range.to ? Prisma.sql`o.created_at < ${instant(range.to)}` : Prisma.sql`TRUE`,
  ];
  return {
    row: orderLineRow,
    sql: Prisma.sql`
      SELECT o.id AS "orderId", o.order_number AS "orderNumber", o.status::text AS status, o.created_at AS "createdAt",
             o.customer_id AS "customerId", u.username, u.email,
             oi.id AS "orderItemId", oi.product_id AS "productId", p.sku, p.name AS "productName",
             oi.quantity, oi.unit_price::text AS "unitPrice", oi.total_price::text AS "totalPrice"
      FROM orders o
      JOIN order_items oi ON oi.order_id = o.id
      JOIN users u ON u.id = o.customer_id
      JOIN products p ON p.id = oi.product_id
      WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY o.created_at, o.id, oi.id`,
  };
}

const same = (row: Row) => row;

/**
 * The plan for one export; arguments are checked as Query.reports checks
 * them (BAD_USER_INPUT naming `arguments.<name>`), unknown ones refused.
 */
export function exportPlan(kind: ReportExportKind, rawArgs: unknown, now: Date): ExportPlan {
  if (rawArgs !== null && rawArgs !== undefined && (typeof rawArgs !== 'object' || Array.isArray(rawArgs))) {
    throw new BadUserInputError('arguments must be an object', 'arguments');
  }
  const args = (rawArgs ?? {}) as Arguments;
  const unknown = Object.keys(args).find((name) => !ALLOWED[kind].includes(name));
  if (unknown) throw new BadUserInputError(`${kind} takes no argument "${unknown.slice(0, 40)}"`, field(unknown));
  const range = (required: boolean) => dateRangeArg(dateArg(args, 'from', required), dateArg(args, 'to', required));
  const plan = (query: ReportQuery<unknown>, record: (row: Row) => Row = same): ExportPlan => ({
    query: query as ReportQuery<Row>,
    record,
  });
  switch (kind) {
    case 'TOP_CUSTOMERS':
      return plan(topCustomersQuery({ limit: intArg(args, 'limit', 10, LIMIT_RANGE), ...range(false) }));
    case 'CUSTOMER_RANKING':
      return plan(customerRankingQuery({ limit: intArg(args, 'limit', 50, LIMIT_RANGE) }));
    case 'RUNNING_TOTALS':
      return plan(runningTotalsQuery({ limit: intArg(args, 'limit', 100, LIMIT_RANGE), ...range(false) }));
    case 'PRODUCT_SALES': {
      const { from, to } = range(true);
      return plan(productSalesQuery({ limit: intArg(args, 'limit', 50, LIMIT_RANGE), from: from!, to: to! }));
    }
    case 'MONTHLY_SALES':
      return plan(monthlySalesQuery({ months: intArg(args, 'months', 12, MONTHS_RANGE), now }));
    case 'SALES_RANKING':
      return plan(
        salesRankingQuery({
          months: intArg(args, 'months', 12, MONTHS_RANGE),
          topN: intArg(args, 'topN', 10, LIMIT_RANGE),
          now,
        }),
      );
    case 'CUSTOMER_SEGMENTS':
      return plan(
        customerSegmentsQuery({
          highValueThreshold: moneyArg(args, 'highValueThreshold', '1000.00'),
          activeDays: intArg(args, 'activeDays', 30, DAYS_RANGE),
          minActivity: intArg(args, 'minActivity', 10, ACTIVITY_RANGE),
          now,
        }),
        ({ isActive, ...row }) => ({ segment: isActive ? 'VIP' : 'AT_RISK', ...row }),
      );
    case 'DATA_CONSISTENCY':
      return plan(dataConsistencyQuery());
    case 'ORDER_LINES':
      return plan(orderLinesQuery(range(false)));
  }
}
