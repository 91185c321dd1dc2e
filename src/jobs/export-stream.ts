import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import pg from 'pg';
import type { ExportFormat, ReportExportKind } from '../generated/prisma/enums.js';
import { exportPlan } from '../reports/exports.js';

/** Rows fetched from the cursor at a time. */
const FETCH_SIZE = 1_000;

export interface ExportStreamInput {
  url: string;
  report: ReportExportKind;
  arguments: unknown;
  /** The export's creation time: relative windows (the last N months) are fixed by it. */
  createdAt: Date;
  format: ExportFormat;
  /** The file the rows are written to. */
  path: string;
}

export interface ExportProgress {
  rowCount: number;
  total: number;
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Streams one export into `path`: a read-only REPEATABLE READ transaction
 * with a server-side cursor (DECLARE … FETCH FETCH_SIZE), each batch parsed
 * as Query.reports parses the report's rows, `onBatch` told after each one.
 * Only one batch is ever held in memory.
 */
export async function streamExport(
  input: ExportStreamInput,
  onBatch: (progress: ExportProgress) => void,
): Promise<number> {
  const plan = exportPlan(input.report, input.arguments, input.createdAt);
  const out = createWriteStream(input.path);
  const client = new pg.Client({
    connectionString: input.url,
    application_name: 'commerce-graphql:export',
    options: '-c TimeZone=UTC',
  });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { text, values } = plan.query.sql;
    const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM (${text}) export_rows`, values);
    const total = Number(counted.rows[0]?.n ?? 0);
    await client.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${text}`, values);
    let columns: string[] | null = null;
    let rowCount = 0;
    for (;;) {
      const batch = await client.query(`FETCH ${FETCH_SIZE} FROM export_cursor`);
      if (batch.rows.length === 0) break;
      let chunk = '';
      for (const raw of batch.rows) {
        const record = plan.record(plan.query.row.parse(raw) as Record<string, unknown>);
        if (input.format === 'CSV') {
          if (!columns) {
            columns = Object.keys(record);
            chunk += `${columns.map(csvValue).join(',')}\n`;
          }
          chunk += `${columns.map((column) => csvValue(record[column])).join(',')}\n`;
        } else {
          chunk += `${JSON.stringify(record)}\n`;
        }
      }
      if (!out.write(chunk)) await once(out, 'drain');
      rowCount += batch.rows.length;
      onBatch({ rowCount, total });
    }
    await client.query('COMMIT');
    out.end();
    await once(out, 'finish');
    return rowCount;
  } catch (error) {
    out.destroy();
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
