import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createAdmin, createOrder, createProduct, createProfile, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';

const UserFields = graphql(`
  query ReadUserFields($id: ID!) {
    user(id: $id) {
      id
      rowId
      username
      email
      firstName
      lastName
      fullName
      birthDate
      phone
      role
      isActive
      lastLoginAt
      createdAt
      updatedAt
      deletedAt
      orderCount
      totalSpent
      averageOrderValue
      firstOrderAt
      lastOrderAt
      ordersByStatus {
        status
        count
      }
      profile {
        bio
        website
        location
        tags
        preferences
        taxId
        address {
          street
          city
          state
          postalCode
          country
          type
        }
      }
    }
  }
`);

const Stats = graphql(`
  query ReadUserStats {
    users(first: 100) {
      nodes {
        rowId
        orderCount
        totalSpent
        averageOrderValue
        firstOrderAt
        lastOrderAt
        ordersByStatus {
          status
          count
        }
      }
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };
let rich: Awaited<ReturnType<typeof createUser>>;
let idle: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
  rich = await createUser(prisma, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    birthDate: new Date('1990-12-10'),
    phone: '+8613800138000',
    lastLoginAt: new Date('2026-10-01T08:00:00.000Z'),
  });
  idle = await createUser(prisma, { firstName: 'Idle', lastName: 'Person' });
  await createProfile(prisma, rich.id, {
    bio: 'Math',
    website: 'https://ada.example.com',
    location: 'London',
    tags: ['vip', 'early'],
    preferences: { newsletter: true, theme: 'dark' },
    address: { street: '1 Main St', city: 'Shanghai', state: 'SH', postalCode: '200000', country: 'CN', type: 'WORK' },
  });
  const product = await createProduct(prisma);
  const line = (unitPrice: string, quantity = 1) => [{ productId: product.id, quantity, unitPrice }];
  // Sales: 10.00 + 20.01 + 33.34 = 63.35, average 21.116… → 21.12. PENDING and CANCELLED are not sales.
  await createOrder(prisma, rich.id, line('10.00'), {
    status: 'CONFIRMED',
    createdAt: new Date('2026-01-05T10:00:00Z'),
  });
  await createOrder(prisma, rich.id, line('6.67', 3), {
    status: 'SHIPPED',
    createdAt: new Date('2026-02-05T10:00:00Z'),
  });
  await createOrder(prisma, rich.id, line('33.34'), {
    status: 'DELIVERED',
    createdAt: new Date('2026-03-05T10:00:00Z'),
  });
  await createOrder(prisma, rich.id, line('99.00'), { status: 'PENDING', createdAt: new Date('2025-12-31T23:59:59Z') });
  await createOrder(prisma, rich.id, line('50.00'), {
    status: 'CANCELLED',
    createdAt: new Date('2026-04-01T00:00:00Z'),
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('User fields', () => {
  it('answer with the factory row, the profile and hand-computed order statistics', async () => {
    const response = await server.execute(UserFields, { id: encodeGlobalID('User', rich.id) }, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data?.user).toEqual({
      id: encodeGlobalID('User', rich.id),
      rowId: rich.id,
      username: rich.username,
      email: rich.email,
      firstName: 'Ada',
      lastName: 'Lovelace',
      fullName: 'Ada Lovelace',
      birthDate: '1990-12-10',
      phone: '+8613800138000',
      role: 'CUSTOMER',
      isActive: true,
      lastLoginAt: '2026-10-01T08:00:00.000Z',
      createdAt: rich.createdAt.toISOString(),
      updatedAt: rich.updatedAt.toISOString(),
      deletedAt: null,
      orderCount: 5,
      totalSpent: '63.35',
      averageOrderValue: '21.12',
      firstOrderAt: '2025-12-31T23:59:59.000Z',
      lastOrderAt: '2026-04-01T00:00:00.000Z',
      ordersByStatus: [
        { status: 'PENDING', count: 1 },
        { status: 'CONFIRMED', count: 1 },
        { status: 'SHIPPED', count: 1 },
        { status: 'DELIVERED', count: 1 },
        { status: 'CANCELLED', count: 1 },
      ],
      profile: {
        bio: 'Math',
        website: 'https://ada.example.com',
        location: 'London',
        tags: ['vip', 'early'],
        preferences: { newsletter: true, theme: 'dark' },
        taxId: null,
        address: {
          street: '1 Main St',
          city: 'Shanghai',
          state: 'SH',
          postalCode: '200000',
          country: 'CN',
          type: 'WORK',
        },
      },
    });
  });

  it('a user without orders or profile has zeros, nulls and every status', async () => {
    const response = await server.execute(UserFields, { id: encodeGlobalID('User', idle.id) }, { as: admin });
    expect(response.data?.user).toMatchObject({
      orderCount: 0,
      totalSpent: '0.00',
      averageOrderValue: null,
      firstOrderAt: null,
      lastOrderAt: null,
      profile: null,
      birthDate: null,
      phone: null,
      lastLoginAt: null,
    });
    expect(response.data?.user?.ordersByStatus.map((entry) => [entry.status, entry.count])).toEqual([
      ['PENDING', 0],
      ['CONFIRMED', 0],
      ['SHIPPED', 0],
      ['DELIVERED', 0],
      ['CANCELLED', 0],
    ]);
  });

  it('statistics of every user agree with an independent SQL aggregate', async () => {
    const { pool } = server.db;
    await createOrder(
      server.db.prisma,
      idle.id,
      [{ productId: (await createProduct(server.db.prisma)).id, quantity: 2, unitPrice: '0.05' }],
      {
        status: 'DELIVERED',
      },
    );
    const { rows } = await pool.query<{
      id: number;
      n: number;
      spent: string;
      avg: string | null;
      first: Date | null;
      last: Date | null;
      pending: number;
    }>(`
      SELECT u.id, count(o.id)::int AS n,
             to_char(COALESCE(sum(o.total_amount) FILTER (WHERE o.status IN ('CONFIRMED','SHIPPED','DELIVERED')), 0), 'FM999999990.00') AS spent,
             to_char(round(avg(o.total_amount) FILTER (WHERE o.status IN ('CONFIRMED','SHIPPED','DELIVERED')), 2), 'FM999999990.00') AS avg,
             min(o.created_at) AS first, max(o.created_at) AS last,
             count(o.id) FILTER (WHERE o.status = 'PENDING')::int AS pending
      FROM users u LEFT JOIN orders o ON o.customer_id = u.id
      GROUP BY u.id`);
    const response = await server.execute(Stats, {}, { as: admin });
    expect(response.errors).toBeUndefined();
    const byId = new Map(response.data!.users.nodes.map((node) => [node.rowId, node]));
    expect(byId.size).toBe(rows.length);
    for (const row of rows) {
      const node = byId.get(row.id)!;
      expect(node.orderCount).toBe(row.n);
      expect(node.totalSpent).toBe(row.spent);
      expect(node.averageOrderValue).toBe(row.avg);
      expect(node.firstOrderAt).toBe(row.first?.toISOString() ?? null);
      expect(node.lastOrderAt).toBe(row.last?.toISOString() ?? null);
      expect(node.ordersByStatus.find((entry) => entry.status === 'PENDING')?.count).toBe(row.pending);
      expect(node.ordersByStatus.reduce((sum, entry) => sum + entry.count, 0)).toBe(row.n);
    }
    expect(byId.get(idle.id)?.totalSpent).toBe('0.10');
  });
});
