import { z } from 'zod';
import { Prisma } from '../db/prisma.js';
import { count, runReport, type ReportClient, type ReportQuery } from './sql.js';

/**
 * Index statistics of this database's tables (pg_stat_user_indexes, since
 * the last statistics reset; the migrations' own bookkeeping table left
 * out). Counters above 2^31 - 1 are reported as 2^31 - 1 (GraphQL Int).
 */

const indexUsageRow = z.object({
  table: z.string(),
  index: z.string(),
  scans: count,
  tuplesRead: count,
  tuplesFetched: count,
  sizeBytes: count,
});
export type IndexUsageRow = z.infer<typeof indexUsageRow>;

const MAX_INT = 2_147_483_647;

function indexStatistics(where: Prisma.Sql, orderBy: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT s.relname::text AS "table", s.indexrelname::text AS "index",
           least(s.idx_scan, ${MAX_INT}::int)::int AS scans,
           least(s.idx_tup_read, ${MAX_INT}::int)::int AS "tuplesRead",
           least(s.idx_tup_fetch, ${MAX_INT}::int)::int AS "tuplesFetched",
           least(pg_relation_size(s.indexrelid), ${MAX_INT}::int)::int AS "sizeBytes"
    FROM pg_stat_user_indexes s
    JOIN pg_index i ON i.indexrelid = s.indexrelid
    WHERE s.schemaname = current_schema() AND s.relname <> '_prisma_migrations' ${where}
    ORDER BY ${orderBy}`;
}

/** Every index, by table and name. */
export function indexUsageQuery(): ReportQuery<IndexUsageRow> {
  return { row: indexUsageRow, sql: indexStatistics(Prisma.empty, Prisma.sql`s.relname, s.indexrelname`) };
}

/**
 * Indexes never scanned, biggest first. Primary keys and unique indexes are
 * left out: they enforce constraints whether or not a query reads them.
 */
export function unusedIndexesQuery(): ReportQuery<IndexUsageRow> {
  return {
    row: indexUsageRow,
    sql: indexStatistics(
      Prisma.sql`AND s.idx_scan = 0 AND NOT i.indisunique AND NOT i.indisprimary`,
      Prisma.sql`pg_relation_size(s.indexrelid) DESC, s.relname, s.indexrelname`,
    ),
  };
}

export const indexUsage = (db: ReportClient) => runReport(db, indexUsageQuery());
export const unusedIndexes = (db: ReportClient) => runReport(db, unusedIndexesQuery());
