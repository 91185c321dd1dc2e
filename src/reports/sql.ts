import { z } from 'zod';
import { Prisma, type PrismaClient } from '../db/prisma.js';

/** What a report needs of a client: raw reads only (a transaction client works too). */
export type ReportClient = Pick<PrismaClient, '$queryRaw'>;

/** A report's SQL and how its rows are validated; `explain-reports` plans the same SQL. */
export interface ReportQuery<Row> {
  sql: Prisma.Sql;
  row: z.ZodType<Row>;
}

/**
 * Orders that count as sales in every report (and as "spent"): CONFIRMED,
 * SHIPPED or DELIVERED. PENDING and CANCELLED never count.
 */
export function isSale(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')`);
}

/** A bound instant, typed for PostgreSQL (an ISO string with Z, so the session time zone never matters). */
export function instant(value: Date): Prisma.Sql {
  return Prisma.sql`${value.toISOString()}::timestamptz`;
}

/**
 * The window of the last `months` calendar months in UTC, the current one
 * included: [first instant of the oldest month, first instant of next month).
 * As SQL: a one-row CTE body with `first_month` and `last_month` (UTC
 * timestamps without zone, for generate_series) and `starts_at`/`ends_at`
 * (timestamptz, for comparisons that an index on created_at serves).
 */
export function monthWindow(now: Date, months: number): Prisma.Sql {
  return Prisma.sql`
    SELECT w.first_month, w.last_month,
           w.first_month AT TIME ZONE 'UTC' AS starts_at,
           (w.last_month + interval '1 month') AT TIME ZONE 'UTC' AS ends_at
    FROM (
      SELECT date_trunc('month', ${instant(now)} AT TIME ZONE 'UTC') - make_interval(months => ${months - 1}::int) AS first_month,
             date_trunc('month', ${instant(now)} AT TIME ZONE 'UTC') AS last_month
    ) AS w`;
}

/** Money and other exact numerics arrive as text (cast in SQL) and stay strings: never a float. */
export const moneyText = z.string().regex(/^-?\d+(\.\d+)?$/, 'not a decimal');
export const count = z.number().int().nonnegative();
export const rowId = z.number().int().positive();

export async function runReport<Row>(db: ReportClient, query: ReportQuery<Row>): Promise<Row[]> {
  const rows = await db.$queryRaw<unknown[]>(query.sql);
  return rows.map((row) => query.row.parse(row));
}
