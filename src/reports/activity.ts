import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { count, inWindow, monthSeries, monthWindow, runReport, type ReportClient, type ReportQuery } from './sql.js';

const monthlyActivityRow = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  activityCount: count,
  previousMonthCount: count.nullable(),
  growth: z.number().nullable(),
});
export type MonthlyActivityRow = z.infer<typeof monthlyActivityRow>;

export interface UserActivityTrendArgs {
  userId: number;
  months: number;
  now: Date;
}

/**
 * A user's activities per month of the window (months without any are 0),
 * oldest first; growth is the percent change against the previous month
 * (LAG), rounded to two decimals, null when that month is outside the
 * window or had none. No rows at all when the user does not exist.
 */
export function userActivityTrendQuery(args: UserActivityTrendArgs): ReportQuery<MonthlyActivityRow> {
  const window = monthWindow(args.now, args.months);
  return {
    row: monthlyActivityRow,
    sql: Prisma.sql`
      WITH months AS (
        SELECT m.month FROM (${monthSeries(window)}) m
        WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = ${args.userId}::int)
      ),
      activity AS (
        SELECT date_trunc('month', a.created_at AT TIME ZONE 'UTC') AS month, count(*)::int AS activity_count
        FROM user_activities a
        WHERE a.user_id = ${args.userId}::int
          AND ${inWindow(Prisma.sql`a.created_at`, window)}
        GROUP BY 1
      ),
      trend AS (
        SELECT m.month,
               coalesce(a.activity_count, 0) AS activity_count,
               LAG(coalesce(a.activity_count, 0)) OVER (ORDER BY m.month) AS previous_month_count
        FROM months m
        LEFT JOIN activity a ON a.month = m.month
      )
      SELECT to_char(t.month, 'YYYY-MM') AS month,
             t.activity_count AS "activityCount",
             t.previous_month_count AS "previousMonthCount",
             CASE WHEN t.previous_month_count IS NULL OR t.previous_month_count = 0 THEN NULL
                  ELSE round((t.activity_count - t.previous_month_count) * 100.0 / t.previous_month_count, 2)::float8
             END AS growth
      FROM trend t
      ORDER BY t.month`,
  };
}

/** null when the user does not exist. */
export async function userActivityTrend(
  db: ReportClient,
  args: UserActivityTrendArgs,
): Promise<MonthlyActivityRow[] | null> {
  const rows = await runReport(db, userActivityTrendQuery(args));
  return rows.length === 0 ? null : rows;
}
