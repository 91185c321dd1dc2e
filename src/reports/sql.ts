import { z } from 'zod';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import { isSaleSql } from '../db/sql.js';

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
  return isSaleSql(Prisma.raw(`${alias}.status`));
}

/** A bound instant, typed for PostgreSQL (an ISO string with Z, so the session time zone never matters). */
export function instant(value: Date): Prisma.Sql {
  return Prisma.sql`${value.toISOString()}::timestamptz`;
}

/** The window of the last `months` calendar months in UTC, the current one included. */
export interface MonthWindow {
  /** First instant of the oldest month (inclusive). */
  startsAt: Date;
  /** First instant of the month after the current one (exclusive). */
  endsAt: Date;
  /** First instant of the current month. */
  lastMonth: Date;
}

export function monthWindow(now: Date, months: number): MonthWindow {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return {
    startsAt: new Date(Date.UTC(year, month - (months - 1), 1)),
    endsAt: new Date(Date.UTC(year, month + 1, 1)),
    lastMonth: new Date(Date.UTC(year, month, 1)),
  };
}

/**
 * The window's months as rows of `month` (a UTC timestamp without zone, as
 * date_trunc('month', created_at AT TIME ZONE 'UTC') gives).
 */
export function monthSeries(window: MonthWindow): Prisma.Sql {
  return Prisma.sql`
    SELECT generate_series(${instant(window.startsAt)} AT TIME ZONE 'UTC', ${instant(window.lastMonth)} AT TIME ZONE 'UTC', interval '1 month') AS month`;
}

/**
 * `column` within the window; the bounds are bound values (not computed in
 * SQL) so that the planner sees them and estimates the range.
 */
export function inWindow(column: Prisma.Sql, window: MonthWindow): Prisma.Sql {
  return Prisma.sql`${column} >= ${instant(window.startsAt)} AND ${column} < ${instant(window.endsAt)}`;
}

/** Money and other exact numerics arrive as text (cast in SQL) and stay strings: never a float. */
export const moneyText = z.string().regex(/^-?\d+(\.\d+)?$/, 'not a decimal');
export const count = z.number().int().nonnegative();
export const rowId = z.number().int().positive();

export async function runReport<Row>(db: ReportClient, query: ReportQuery<Row>): Promise<Row[]> {
  const rows = await db.$queryRaw<unknown[]>(query.sql);
  return rows.map((row) => query.row.parse(row));
}
