import type pg from 'pg';

export interface Column<T> {
  name: string;
  /** PostgreSQL element type of the parameter array, e.g. int, text, timestamptz, "Role". */
  type: string;
  value: (row: T) => unknown;
  /** SQL that turns the unnested value `v` into the column value (default: v itself). */
  convert?: (v: string) => string;
}

export const BATCH_SIZE = 5_000;

/** text[] travels as a JSON array and is unpacked in SQL (unnest cannot take ragged 2-D arrays). */
export const textArrayFromJson = (v: string) => `ARRAY(SELECT jsonb_array_elements_text(${v}))`;

export function timestamp(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Multi-row INSERTs: one statement per batch with one array parameter per
 * column, unnested in SQL. The statement text stays the same for every batch,
 * and the parameter count does not grow with the batch size.
 */
export async function insertRows<T>(
  client: pg.ClientBase,
  table: string,
  columns: Column<T>[],
  rows: readonly T[],
  onBatch: (count: number) => void,
): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`);
  const parameters = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const selected = columns
    .map((column, index) => (column.convert ? column.convert(aliases[index]!) : aliases[index]!))
    .join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${selected} FROM unnest(${parameters}) AS u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await client.query(
      sql,
      columns.map((column) => batch.map(column.value)),
    );
    onBatch(batch.length);
  }
}

/** After inserting explicit ids, the next default id must follow the largest one. */
export async function resetSequence(client: pg.ClientBase, table: string): Promise<void> {
  await client.query(
    `SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`,
    [`"${table}"`],
  );
}
