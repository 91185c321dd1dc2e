import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { StatementNames } from './statement-names.js';

export type { PrismaClient } from '../generated/prisma/client.js';
export { Prisma } from '../generated/prisma/client.js';

interface RawSqlTarget {
  pool: pg.Pool;
  names: StatementNames | null;
}

const targets = new WeakMap<object, RawSqlTarget>();

export interface PrismaClientOptions {
  /**
   * Send repeated raw SQL as named prepared statements (default on). Off for
   * PGlite, whose one session outlives the pool's connections, and for
   * poolers that do not keep prepared statements (PgBouncer in transaction
   * mode before 1.21).
   */
  preparedStatements?: boolean;
}

/** A Prisma client on an existing pool: the embedded and the server database share this path. */
export function createPrismaClient(pool: pg.Pool, options: PrismaClientOptions = {}): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  targets.set(client, { pool, names: options.preparedStatements === false ? null : new StatementNames() });
  return client;
}

/** Runs one raw SQL statement and returns its rows. */
export type RawSql = <T>(sql: Prisma.Sql) => Promise<T[]>;

const pgValue = (value: unknown) => (Prisma.Decimal.isDecimal(value) ? (value as Prisma.Decimal).toString() : value);

/**
 * Raw SQL on the client's own pool when it was made by createPrismaClient
 * (the statement skips the Prisma runtime: same connection pool, same
 * observation, same autocommit), else through `$queryRaw` (a transaction
 * client, a client from elsewhere). pg parses json, integers and booleans
 * as Prisma does; keep bigint and numeric columns as text in such SQL.
 */
export function rawSqlOf(client: PrismaClient): RawSql {
  const target = targets.get(client);
  if (!target) return (sql) => client.$queryRaw(sql);
  const { pool, names } = target;
  return async <T>(sql: Prisma.Sql) => {
    const values = sql.values.map(pgValue);
    const name = names?.nameOf(sql.text);
    if (name === undefined) return (await pool.query(sql.text, values)).rows as T[];
    try {
      return (await pool.query({ name, text: sql.text, values })).rows as T[];
    } catch (error) {
      // A migration changed what the statement returns: PostgreSQL refuses the prepared plan; plan it anew.
      if ((error as { code?: string }).code !== FEATURE_NOT_SUPPORTED) throw error;
      names!.forget(sql.text);
      return (await pool.query(sql.text, values)).rows as T[];
    }
  };
}

/** SQLSTATE 0A000, which "cached plan must not change result type" carries. */
const FEATURE_NOT_SUPPORTED = '0A000';
