import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The key `prisma migrate` locks too, so this runner and Prisma's CLI never run at once. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = resolve(fileURLToPath(import.meta.url), '../../../prisma/migrations');

const BOOKKEEPING_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationState {
  name: string;
  state: 'applied' | 'pending' | 'changed' | 'failed' | 'unknown';
  appliedAt?: Date;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(directory = DEFAULT_MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(directory)) throw new MigrationError(`No migrations folder at ${directory}`);
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(directory, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function appliedRows(client: pg.ClientBase): Promise<AppliedRow[]> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows.filter((row) => row.rolled_back_at === null);
}

function compare(files: MigrationFile[], rows: AppliedRow[]): MigrationState[] {
  const byName = new Map(rows.map((row) => [row.migration_name, row]));
  const states: MigrationState[] = files.map((file) => {
    const row = byName.get(file.name);
    if (!row) return { name: file.name, state: 'pending' };
    if (row.finished_at === null) return { name: file.name, state: 'failed' };
    if (row.checksum !== file.checksum) return { name: file.name, state: 'changed', appliedAt: row.finished_at };
    return { name: file.name, state: 'applied', appliedAt: row.finished_at };
  });
  const known = new Set(files.map((file) => file.name));
  for (const row of rows) {
    if (!known.has(row.migration_name)) states.push({ name: row.migration_name, state: 'unknown' });
  }
  return states;
}

async function withClient<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, application_name: 'commerce-graphql-migrate' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function migrationStatus(connectionString: string, directory?: string): Promise<MigrationState[]> {
  const files = readMigrations(directory);
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ exists: boolean }>(
      `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS exists`,
    );
    if (!rows[0]?.exists) return files.map((file) => ({ name: file.name, state: 'pending' as const }));
    return compare(files, await appliedRows(client));
  });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in name order, one transaction each, under
 * Prisma's advisory lock, keeping Prisma's `_prisma_migrations` bookkeeping.
 * Refuses to run when an applied migration's file changed or a migration
 * failed half-way (as `prisma migrate deploy` does).
 */
export async function migrate(
  connectionString: string,
  options: { directory?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const files = readMigrations(options.directory);
  const log = options.log ?? (() => {});
  return withClient(connectionString, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(BOOKKEEPING_TABLE);
      const states = compare(files, await appliedRows(client));
      const changed = states.filter((s) => s.state === 'changed').map((s) => s.name);
      if (changed.length > 0) {
        throw new MigrationError(
          `Applied migration(s) changed since they ran: ${changed.join(', ')}. ` +
            'Restore the original migration.sql and add a new migration instead.',
        );
      }
      const failed = states.filter((s) => s.state === 'failed').map((s) => s.name);
      if (failed.length > 0) {
        throw new MigrationError(`Migration(s) started but never finished: ${failed.join(', ')}. Resolve them first.`);
      }
      const pending = new Set(states.filter((s) => s.state === 'pending').map((s) => s.name));
      const applied: string[] = [];
      for (const file of files) {
        if (!pending.has(file.name)) continue;
        await client.query('BEGIN');
        try {
          const id = randomUUID();
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
            [id, file.checksum, file.name],
          );
          await client.query(file.sql);
          await client.query(
            `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
            [id],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
        }
        applied.push(file.name);
        log(`applied ${file.name}`);
      }
      return { applied, alreadyApplied: files.length - applied.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  });
}

export interface RollbackResult {
  rolledBack: string[];
}

/**
 * Rolls back the last `steps` applied migrations, newest first, each by its
 * `down.sql` in one transaction, and marks its `_prisma_migrations` row
 * rolled back (as Prisma's down-migration workflow does), so `migrate`
 * applies it again. A migration without a down.sql stops the rollback
 * before anything runs.
 */
export async function rollback(
  connectionString: string,
  options: { steps?: number; directory?: string; log?: (line: string) => void } = {},
): Promise<RollbackResult> {
  const directory = options.directory ?? DEFAULT_MIGRATIONS_DIR;
  const steps = options.steps ?? 1;
  const log = options.log ?? (() => {});
  if (!Number.isSafeInteger(steps) || steps < 1) throw new MigrationError('--steps must be a whole number >= 1');
  return withClient(connectionString, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(BOOKKEEPING_TABLE);
      const applied = (await appliedRows(client)).filter((row) => row.finished_at !== null);
      const targets = applied.slice(-steps).reverse();
      if (targets.length < steps)
        throw new MigrationError(`Only ${targets.length} migration(s) are applied; cannot roll back ${steps}`);
      const downs = targets.map((row) => {
        const path = join(directory, row.migration_name, 'down.sql');
        if (!existsSync(path))
          throw new MigrationError(`${row.migration_name} has no down.sql: it cannot be rolled back`);
        return { name: row.migration_name, sql: readFileSync(path, 'utf8') };
      });
      const rolledBack: string[] = [];
      for (const down of downs) {
        await client.query('BEGIN');
        try {
          await client.query(down.sql);
          await client.query(
            `UPDATE "_prisma_migrations" SET rolled_back_at = clock_timestamp() WHERE migration_name = $1 AND rolled_back_at IS NULL`,
            [down.name],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`Rolling back ${down.name} failed and changed nothing: ${reason}`);
        }
        rolledBack.push(down.name);
        log(`rolled back ${down.name}`);
      }
      return { rolledBack };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK_KEY]);
    }
  });
}
