import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { UserFilter, UserOrderBy } from '../generated/graphql.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

const FilteredUsers = graphql(`
  query ReadUsersFiltered($filter: UserFilter, $search: String, $orderBy: [UserOrderBy!]) {
    users(first: 100, filter: $filter, search: $search, orderBy: $orderBy) {
      totalCount
      nodes {
        username
      }
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };

interface Person {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  birthDate?: Date;
  isActive?: boolean;
  orders: number;
  /** Sales total in whole units. */
  spent: number;
  createdAt: Date;
}

let today: { year: number; month: number; day: number };
/** A birth date `years` years before today, shifted by `days`. */
function bornYearsAgo(years: number, days = 0): Date {
  const date = new Date(Date.UTC(today.year - years, today.month - 1, today.day));
  date.setUTCDate(date.getUTCDate() + days);
  return date;
}

const people: Person[] = [];

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  const { rows } = await server.db.pool.query<{ today: string }>(`SELECT current_date::text AS today`);
  const [year, month, day] = rows[0]!.today.split('-').map(Number) as [number, number, number];
  today = { year, month, day };
  admin = { userId: (await createAdmin(prisma, { username: 'zz_admin' })).id, role: 'ADMIN' };
  const product = await createProduct(prisma);
  const base: Omit<Person, 'createdAt'>[] = [
    {
      username: 'fx_Anna',
      email: 'anna@shop.test',
      firstName: 'Anna',
      lastName: 'Smith',
      birthDate: bornYearsAgo(30),
      orders: 3,
      spent: 30,
    },
    {
      username: 'fx_anton',
      email: 'anton@mail.test',
      firstName: 'Anton',
      lastName: 'Smithson',
      birthDate: bornYearsAgo(30, 1),
      orders: 1,
      spent: 50,
    },
    {
      username: 'fx_bert',
      email: 'bert@shop.test',
      firstName: 'Bert',
      lastName: 'Brown',
      birthDate: bornYearsAgo(18),
      orders: 0,
      spent: 0,
    },
    {
      username: 'fx_100%_real',
      email: 'real@mail.test',
      firstName: 'Rea',
      lastName: 'Lee',
      birthDate: bornYearsAgo(65, -1),
      orders: 2,
      spent: 0,
    },
    {
      username: 'fx_carla',
      email: 'carla@shop.test',
      firstName: 'Carla',
      lastName: 'Smith',
      isActive: false,
      orders: 5,
      spent: 10,
    },
    {
      username: 'fx_dora',
      email: 'dora@mail.test',
      firstName: 'Dora',
      lastName: 'Diaz',
      birthDate: bornYearsAgo(17, 1),
      orders: 1,
      spent: 0,
    },
  ];
  for (const [index, person] of base.entries()) {
    const createdAt = new Date(Date.UTC(2026, 0, 10 + index));
    const row = await createUser(prisma, {
      username: person.username,
      email: person.email,
      firstName: person.firstName,
      lastName: person.lastName,
      birthDate: person.birthDate ?? null,
      isActive: person.isActive ?? true,
      createdAt,
    });
    // `spent` comes from one sales order; the rest of `orders` are PENDING (not sales).
    let pending = person.orders;
    if (person.spent > 0) {
      await createOrder(prisma, row.id, [{ productId: product.id, quantity: 1, unitPrice: `${person.spent}.00` }], {
        status: 'DELIVERED',
      });
      pending -= 1;
    }
    for (let i = 0; i < pending; i++) {
      await createOrder(prisma, row.id, [{ productId: product.id, quantity: 1, unitPrice: '7.00' }], {
        status: 'PENDING',
      });
    }
    people.push({ ...person, createdAt });
  }
  await createUser(prisma, { username: 'fx_gone', email: 'gone@shop.test', deletedAt: new Date() });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Usernames the API returns for a filter within the fixture (fx_ users), in the API's order. */
async function usernames(filter: UserFilter = {}, options: { search?: string; orderBy?: UserOrderBy[] } = {}) {
  const scoped: UserFilter = { and: [filter, { username: { startsWith: 'fx_' } }] };
  const response = await server.execute(FilteredUsers, { filter: scoped, ...options }, { as: admin });
  expect(response.errors).toBeUndefined();
  expect(response.data!.users.totalCount).toBe(response.data!.users.nodes.length);
  return response.data!.users.nodes.map((node) => node.username);
}

const sorted = (names: string[]) => [...names].sort();
const where = (predicate: (person: Person) => boolean) =>
  sorted(people.filter(predicate).map((person) => person.username));
const ageOf = (person: Person) => {
  if (!person.birthDate) return null;
  const birth = person.birthDate;
  let age = today.year - birth.getUTCFullYear();
  if (
    today.month - 1 < birth.getUTCMonth() ||
    (today.month - 1 === birth.getUTCMonth() && today.day < birth.getUTCDate())
  )
    age -= 1;
  return age;
};

describe('users filters', () => {
  it('string filters are case-insensitive by default and case-sensitive on request', async () => {
    expect(sorted(await usernames({ username: { contains: 'AN' } }))).toEqual(['fx_Anna', 'fx_anton']);
    expect(sorted(await usernames({ username: { contains: 'An', insensitive: false } }))).toEqual(['fx_Anna']);
    expect(sorted(await usernames({ username: { equals: 'FX_BERT' } }))).toEqual(['fx_bert']);
    expect(await usernames({ username: { equals: 'FX_BERT', insensitive: false } })).toEqual([]);
    expect(sorted(await usernames({ email: { endsWith: '@SHOP.test' } }))).toEqual(
      where((p) => p.email.endsWith('@shop.test')),
    );
    expect(sorted(await usernames({ lastName: { startsWith: 'smith' } }))).toEqual(['fx_Anna', 'fx_anton', 'fx_carla']);
    expect(sorted(await usernames({ firstName: { in: ['anna', 'DORA'] } }))).toEqual(['fx_Anna', 'fx_dora']);
    expect(sorted(await usernames({ firstName: { notIn: ['anna', 'DORA'] } }))).toEqual(
      where((p) => !['Anna', 'Dora'].includes(p.firstName)),
    );
    expect(sorted(await usernames({ lastName: { equals: 'Smith', contains: 'mi' } }))).toEqual(['fx_Anna', 'fx_carla']);
  });

  it('LIKE metacharacters in input match literally', async () => {
    expect(await usernames({ username: { contains: '100%' } })).toEqual(['fx_100%_real']);
    expect(await usernames({ username: { contains: '%' } })).toEqual(['fx_100%_real']);
    expect(await usernames({ username: { contains: 'x__' } })).toEqual([]);
  });

  it('minAge/maxAge use whole years from birthDate, relative to today', async () => {
    expect(sorted(await usernames({ minAge: 30 }))).toEqual(where((p) => (ageOf(p) ?? -1) >= 30));
    expect(sorted(await usernames({ minAge: 30 }))).toEqual(['fx_100%_real', 'fx_Anna']);
    expect(sorted(await usernames({ maxAge: 29 }))).toEqual(['fx_anton', 'fx_bert', 'fx_dora']);
    expect(sorted(await usernames({ minAge: 18, maxAge: 30 }))).toEqual(['fx_Anna', 'fx_anton', 'fx_bert']);
    expect(await usernames({ maxAge: 16 })).toEqual(['fx_dora']);
    expect(await usernames({ maxAge: 15 })).toEqual([]);
    expect(await usernames({ minAge: 65 })).toEqual(['fx_100%_real']);
  });

  it('minOrders/maxOrders/hasOrders count orders in any status', async () => {
    expect(sorted(await usernames({ minOrders: 2 }))).toEqual(where((p) => p.orders >= 2));
    expect(sorted(await usernames({ maxOrders: 1 }))).toEqual(where((p) => p.orders <= 1));
    expect(sorted(await usernames({ minOrders: 1, maxOrders: 2 }))).toEqual(['fx_100%_real', 'fx_anton', 'fx_dora']);
    expect(await usernames({ hasOrders: false })).toEqual(['fx_bert']);
    expect(sorted(await usernames({ hasOrders: true }))).toEqual(where((p) => p.orders > 0));
  });

  it('isActive, role, createdAt and includeDeleted', async () => {
    expect(await usernames({ isActive: false })).toEqual(['fx_carla']);
    expect(await usernames({ role: 'ADMIN' })).toEqual([]);
    expect(sorted(await usernames({ createdAt: { gte: '2026-01-11T00:00:00Z', lt: '2026-01-13T00:00:00Z' } }))).toEqual(
      ['fx_anton', 'fx_bert'],
    );
    expect(await usernames({ username: { equals: 'fx_gone' } })).toEqual([]);
    const response = await server.execute(
      FilteredUsers,
      { filter: { includeDeleted: true, username: { equals: 'fx_gone' } } },
      { as: admin },
    );
    expect(response.data?.users.nodes.map((node) => node.username)).toEqual(['fx_gone']);
  });

  it('and/or/not nest', async () => {
    const either = await usernames({ or: [{ lastName: { equals: 'brown' } }, { firstName: { equals: 'dora' } }] });
    expect(sorted(either)).toEqual(['fx_bert', 'fx_dora']);
    expect(sorted(await usernames({ not: { lastName: { startsWith: 'smith' } } }))).toEqual(
      where((p) => !p.lastName.startsWith('Smith')),
    );
    // Users without a birthDate are not "not at least 30": NOT treats unknown as no match of the inner filter.
    expect(sorted(await usernames({ not: { minAge: 30 } }))).toEqual(where((p) => !((ageOf(p) ?? -1) >= 30)));
    const nested = await usernames({
      and: [{ hasOrders: true }, { or: [{ email: { endsWith: 'mail.test' } }, { not: { isActive: true } }] }],
      not: { username: { equals: 'fx_dora' } },
    });
    expect(sorted(nested)).toEqual(['fx_100%_real', 'fx_anton', 'fx_carla']);
    expect(await usernames({ or: [] })).toEqual([]);
  });

  it('search matches username, email, first, last and full name, case-insensitively', async () => {
    expect(sorted(await usernames({}, { search: 'SMITH' }))).toEqual(['fx_Anna', 'fx_anton', 'fx_carla']);
    expect(sorted(await usernames({}, { search: 'mail.TEST' }))).toEqual(where((p) => p.email.endsWith('mail.test')));
    expect(await usernames({}, { search: 'anna smith' })).toEqual(['fx_Anna']);
    expect(await usernames({}, { search: 'nobody-like-this' })).toEqual([]);
  });

  it('filters combine with computed sorts', async () => {
    const bySpent = await usernames({ hasOrders: true }, { orderBy: [{ field: 'TOTAL_SPENT', direction: 'DESC' }] });
    const expectedSpent = people
      .map((person, index) => ({ ...person, index }))
      .filter((p) => p.orders > 0)
      .sort((a, b) => b.spent - a.spent || b.index - a.index)
      .map((p) => p.username);
    expect(bySpent).toEqual(expectedSpent);
    const byCount = await usernames(
      { minOrders: 1 },
      {
        orderBy: [
          { field: 'ORDER_COUNT', direction: 'ASC' },
          { field: 'USERNAME', direction: 'DESC' },
        ],
      },
    );
    const expectedCount = people
      .filter((p) => p.orders >= 1)
      .sort((a, b) => a.orders - b.orders || b.username.toLowerCase().localeCompare(a.username.toLowerCase()))
      .map((p) => p.username);
    expect(byCount).toEqual(expectedCount);
    const byCreated = await usernames(
      { lastName: { contains: 'smith' } },
      { orderBy: [{ field: 'CREATED_AT', direction: 'DESC' }] },
    );
    expect(byCreated).toEqual(['fx_carla', 'fx_anton', 'fx_Anna']);
    const byEmail = await usernames({ isActive: true }, { orderBy: [{ field: 'EMAIL', direction: 'ASC' }] });
    expect(byEmail).toEqual(
      people
        .filter((p) => p.isActive !== false)
        .sort((a, b) => (a.email < b.email ? -1 : 1))
        .map((p) => p.username),
    );
  });
});
