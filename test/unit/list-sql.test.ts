import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/prisma.js';
import { type KeysetList, pageRequest, pageStatement } from '../../src/queries/keyset.js';
import { orderList } from '../../src/queries/orders.js';
import { productList } from '../../src/queries/products.js';
import { userList } from '../../src/queries/users.js';

/**
 * Golden SQL (PostGraphile's habit): the exact statement text and values the
 * list compilers and the keyset planner produce for representative filters,
 * sorts and cursors, kept in test/unit/golden/*.sql. No database: a change
 * to the SQL shows up as a diff to review (`npx vitest run test/unit -u`
 * accepts it). The integration tests prove what the SQL returns.
 */
const admin = { userId: 1, role: 'ADMIN' as const };
const customer = { userId: 42, role: 'CUSTOMER' as const };

/** A cursor as the API hands them out (base64url JSON of the sort name and key values). */
const cursorAt = (list: KeysetList, ...values: (string | null)[]) =>
  Buffer.from(JSON.stringify([list.sortName, ...values])).toString('base64url');

function golden(sql: Prisma.Sql): string {
  const text = sql.text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
  return `${text}\n-- values: ${JSON.stringify(sql.values)}\n`;
}

describe('list SQL (golden)', () => {
  it('products: price range, tags, in stock, search, newest first, anonymous (active only)', async () => {
    const list = productList({
      viewer: null,
      filter: {
        price: { gte: new Prisma.Decimal('10.00'), lt: new Prisma.Decimal('99.99') },
        tags: ['Lamp', 'desk'],
        inStock: true,
      },
      search: '50%_off',
      orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }],
    });
    await expect(golden(pageStatement(list, pageRequest({ first: 5 })).sql)).toMatchFileSnapshot(
      'golden/products-filtered.sql',
    );
  });

  it('products: or/not nesting, sorted by price after a cursor, admin (inactive too)', async () => {
    const list = productList({
      viewer: admin,
      filter: { or: [{ name: { contains: 'lamp' } }, { sku: { startsWith: 'LMP-' } }], not: { isActive: false } },
      orderBy: [{ field: 'PRICE', direction: 'ASC' }],
    });
    const request = pageRequest({ first: 10, after: cursorAt(list, '19.99', '17') });
    await expect(golden(pageStatement(list, request).sql)).toMatchFileSnapshot(
      'golden/products-or-not-after-cursor.sql',
    );
  });

  it('users: admin search and filter with order statistics, totalCount', async () => {
    const list = userList({
      viewer: admin,
      filter: { role: 'CUSTOMER', minOrders: 2, createdAt: { gte: new Date('2026-01-01T00:00:00Z') } },
      search: 'smith',
      orderBy: [{ field: 'USERNAME', direction: 'ASC' }],
    });
    await expect(golden(pageStatement(list, pageRequest({ first: 20 })).sql)).toMatchFileSnapshot(
      'golden/users-admin-search.sql',
    );
  });

  it('users: a customer sees only themselves', async () => {
    const list = userList({ viewer: customer, filter: null });
    await expect(golden(pageStatement(list, pageRequest({ first: 20 }), false).sql)).toMatchFileSnapshot(
      'golden/users-customer.sql',
    );
  });

  it('orders: a customer’s orders by status and date, last page backwards', async () => {
    const list = orderList(
      customer,
      { status: ['CONFIRMED', 'SHIPPED'], createdAt: { lt: new Date('2026-06-01T00:00:00Z') } },
      [{ field: 'TOTAL_AMOUNT', direction: 'DESC' }],
    );
    await expect(golden(pageStatement(list, pageRequest({ last: 3 })).sql)).toMatchFileSnapshot(
      'golden/orders-customer-last.sql',
    );
  });

  it('a selected node is built from the paged row when the list pages its table, else looked up by id', async () => {
    const node = (table: string) => ({
      table,
      byId: (id: Prisma.Sql) =>
        Prisma.sql`(SELECT json_build_object('name', n.name) FROM products n WHERE n.id = ${id})`,
      ofRow: (alias: string) =>
        Prisma.sql`(SELECT json_build_object('name', n.name) FROM (SELECT ${Prisma.raw(alias)}.*) n)`,
    });
    const list = productList({ viewer: null });
    await expect(
      golden(pageStatement(list, pageRequest({ first: 2 }), false, node('products')).sql),
    ).toMatchFileSnapshot('golden/products-node-of-row.sql');
    const byId = pageStatement(list, pageRequest({ first: 2 }), false, node('categories')).sql.text;
    expect(byId).toContain('WHERE n.id = page.__id');
    expect(byId).not.toContain('SELECT p.*');
  });

  it('refuses a cursor made for another sort order', () => {
    const byPrice = productList({ viewer: null, orderBy: [{ field: 'PRICE', direction: 'ASC' }] });
    const byName = productList({ viewer: null, orderBy: [{ field: 'NAME', direction: 'ASC' }] });
    expect(() => pageStatement(byName, pageRequest({ first: 5, after: cursorAt(byPrice, '1.00', '1') }))).toThrow(
      /cursor/i,
    );
  });
});
