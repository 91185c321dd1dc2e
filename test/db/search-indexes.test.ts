import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/prisma.js';
import { pageRequest, pageStatement } from '../../src/queries/keyset.js';
import { productList } from '../../src/queries/products.js';
import { userList } from '../../src/queries/users.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * users(search:) and products(search:) are served by the pg_trgm GIN
 * indexes: the statement fetchPage runs, explained on enough rows that a
 * sequential scan would be the planner's choice without them.
 */
const ROWS = 30_000;
const admin = { userId: 1, role: 'ADMIN' as const };

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

let db: TestDatabase;
async function explain(sql: Prisma.Sql): Promise<PlanNode[]> {
  const rows = await db.prisma.$queryRaw<Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>>(
    Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`,
  );
  return nodes(rows[0]!['QUERY PLAN'][0]!.Plan);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.$executeRaw`
    INSERT INTO users (username, email, password_hash, first_name, last_name, updated_at)
    SELECT 'user' || i, 'user' || i || '@example.com', 'x',
           (ARRAY['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald'])[1 + i % 6], 'Surname' || md5(i::text), now()
    FROM generate_series(1, ${ROWS}) i`;
  await db.prisma.$executeRaw`
    INSERT INTO users (username, email, password_hash, first_name, last_name, updated_at)
    VALUES ('needle', 'needle@example.com', 'x', 'Zebediah', 'Quxworth', now())`;
  await db.prisma.$executeRaw`
    INSERT INTO products (sku, name, description, price, updated_at)
    SELECT 'SKU-' || i, 'Product ' || md5(i::text), 'A sturdy thing number ' || i, 9.99, now()
    FROM generate_series(1, ${ROWS}) i`;
  await db.prisma.$executeRaw`
    INSERT INTO products (sku, name, description, price, updated_at) VALUES ('NEEDLE-1', 'Quxworth lamp', 'Glows', 20, now())`;
  // VACUUM moves the rows out of the GIN indexes' pending list, as autovacuum does on a live server.
  await db.prisma.$executeRaw`VACUUM ANALYZE users`;
  await db.prisma.$executeRaw`VACUUM ANALYZE products`;
}, 120_000);
afterAll(() => db?.close());

describe('search indexes (pg_trgm)', () => {
  it('users(search:) reads the trigram indexes, not the whole table', async () => {
    const { sql } = pageStatement(userList({ viewer: admin, search: 'quxwor' }), pageRequest({ first: 20 }));
    const plan = await explain(sql);
    expect(plan.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'users')).toEqual([]);
    const used = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    for (const index of [
      'users_username_trgm_idx',
      'users_email_trgm_idx',
      'users_first_name_trgm_idx',
      'users_last_name_trgm_idx',
    ]) {
      expect(used).toContain(index);
    }
    expect(used).toContain('users_full_name_trgm_idx');
  });

  it('products(search:) reads the trigram indexes, not the whole table', async () => {
    const { sql } = pageStatement(productList({ viewer: null, search: 'quxwor' }), pageRequest({ first: 20 }));
    const plan = await explain(sql);
    expect(plan.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'products')).toEqual([]);
    const used = new Set(plan.map((node) => node['Index Name']).filter(Boolean));
    for (const index of ['products_name_trgm_idx', 'products_sku_trgm_idx', 'products_description_trgm_idx'])
      expect(used).toContain(index);
  });

  it('finds the rows the indexes point at (same answer as a scan)', async () => {
    const rows = await db.prisma.$queryRaw<Array<{ __id: number | null }>>(
      pageStatement(userList({ viewer: admin, search: 'QUXWOR' }), pageRequest({ first: 20 })).sql,
    );
    expect(rows.map((row) => row.__id).filter(Boolean)).toHaveLength(1);
  });
});
