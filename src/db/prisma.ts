import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient } from '../generated/prisma/client.js';
export { Prisma } from '../generated/prisma/client.js';

const pools = new WeakMap<object, pg.Pool>();

/** A Prisma client on an existing pool: the embedded and the server database share this path. */
export function createPrismaClient(pool: pg.Pool): PrismaClient {
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  pools.set(client, pool);
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
  const pool = pools.get(client);
  if (!pool) return (sql) => client.$queryRaw(sql);
  return async <T>(sql: Prisma.Sql) => (await pool.query(sql.text, sql.values.map(pgValue))).rows as T[];
}
