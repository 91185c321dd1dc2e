import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createActivity, createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { awayFromUtcMidnight } from './fixture.js';

/**
 * Reports relative to now (days, not months), on a dataset of their own,
 * placed with margins around each window's edge:
 *   admin   created 400 days ago
 *   today   created at 00:00 UTC today                       DELIVERED 150.00 9 days ago
 *   late    created 1 ms before 00:00 UTC today              CONFIRMED 100.00 11 days ago
 *   six     created 6 days ago                               PENDING 500.00, CANCELLED 500.00 (1 day ago)
 *   eight   created 8 days ago                               SHIPPED 300.00 2 days ago
 *   idle    inactive, created 100 days ago                   DELIVERED 200.00 300 days ago
 *   gone    soft-deleted, created 1 hour ago                 DELIVERED 1000.00 1 day ago
 * Activities within the last 7 days: today 3, eight 2 (and 5 from 8+ days ago), idle none.
 */

const UserStatistics = graphql(`
  query ReportsUserStatistics {
    reports {
      userStatistics {
        totalUsers
        activeUsers
        inactiveUsers
        registeredToday
        registeredLast7Days
      }
    }
  }
`);

const RecentOrders = graphql(`
  query ReportsUsersWithRecentOrders($days: Int) {
    reports {
      usersWithRecentOrders(days: $days) {
        username
      }
    }
  }
`);

const Segments = graphql(`
  query ReportsCustomerSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {
    reports {
      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {
        vip {
          user {
            username
          }
          orderCount
          totalSpent
        }
        atRisk {
          user {
            username
          }
          orderCount
          totalSpent
        }
      }
    }
  }
`);

const DAY = 86_400_000;
let server: TestServer;
let adminId: number;
const admin = () => ({ as: { userId: adminId, role: 'ADMIN' as const } });

beforeAll(async () => {
  server = await createTestServer();
  const prisma = server.db.prisma;
  await awayFromUtcMidnight();
  const now = Date.now();
  const startOfToday = now - (now % DAY);
  const ago = (ms: number) => new Date(now - ms);
  adminId = (await createAdmin(prisma, { createdAt: ago(400 * DAY) })).id;
  const today = await createUser(prisma, { username: 'today', createdAt: new Date(startOfToday) });
  const late = await createUser(prisma, { username: 'late', createdAt: new Date(startOfToday - 1) });
  const six = await createUser(prisma, { username: 'six', createdAt: ago(6 * DAY) });
  const eight = await createUser(prisma, { username: 'eight', createdAt: ago(8 * DAY) });
  const idle = await createUser(prisma, { username: 'idle', isActive: false, createdAt: ago(100 * DAY) });
  const gone = await createUser(prisma, {
    username: 'gone',
    deletedAt: ago(0),
    isActive: false,
    createdAt: ago(3_600_000),
  });

  const product = await createProduct(prisma, { price: '50.00' });
  const order = (
    userId: number,
    total: number,
    status: 'PENDING' | 'CONFIRMED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED',
    daysAgo: number,
  ) =>
    createOrder(prisma, userId, [{ productId: product.id, quantity: total / 50, unitPrice: '50.00' }], {
      status,
      createdAt: ago(daysAgo * DAY),
    });
  await order(today.id, 150, 'DELIVERED', 9);
  await order(late.id, 100, 'CONFIRMED', 11);
  await order(six.id, 500, 'PENDING', 1);
  await order(six.id, 500, 'CANCELLED', 1);
  await order(eight.id, 300, 'SHIPPED', 2);
  await order(idle.id, 200, 'DELIVERED', 300);
  await order(gone.id, 1000, 'DELIVERED', 1);

  for (const daysAgo of [1, 2, 6]) await createActivity(prisma, today.id, { createdAt: ago(daysAgo * DAY) });
  for (const daysAgo of [1, 5, 8, 9, 10, 11, 12])
    await createActivity(prisma, eight.id, { createdAt: ago(daysAgo * DAY) });
  for (const daysAgo of [1, 1, 1]) await createActivity(prisma, six.id, { createdAt: ago(daysAgo * DAY) });
});
afterAll(() => server.close());

describe('reports.userStatistics', () => {
  it('counts users that are not soft-deleted; today is the UTC day, last 7 days is 7 × 24 h', async () => {
    const response = await server.execute(UserStatistics, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.userStatistics).toEqual({
      totalUsers: 6,
      activeUsers: 5,
      inactiveUsers: 1,
      registeredToday: 1,
      registeredLast7Days: 3,
    });
  });
});

describe('reports.usersWithRecentOrders', () => {
  it('lists users with a sales order in the last `days` days (PENDING/CANCELLED and soft-deleted users left out)', async () => {
    const tenDays = await server.execute(RecentOrders, { days: 10 }, admin());
    expect(tenDays.errors).toBeUndefined();
    expect(tenDays.data?.reports.usersWithRecentOrders.map((user) => user.username)).toEqual(['today', 'eight']);
    const twelveDays = await server.execute(RecentOrders, { days: 12 }, admin());
    expect(twelveDays.data?.reports.usersWithRecentOrders.map((user) => user.username)).toEqual([
      'today',
      'late',
      'eight',
    ]);
  });

  it('defaults to 30 days', async () => {
    const response = await server.execute(RecentOrders, {}, admin());
    expect(response.data?.reports.usersWithRecentOrders.map((user) => user.username)).toEqual([
      'today',
      'late',
      'eight',
    ]);
  });
});

describe('reports.customerSegments', () => {
  it('splits customers above the threshold into vip (more than minActivity activities lately) and atRisk', async () => {
    const response = await server.execute(
      Segments,
      { highValueThreshold: '100.00', activeDays: 7, minActivity: 2 },
      admin(),
    );
    expect(response.errors).toBeUndefined();
    // late spent exactly 100.00 (not more); six has no sales; gone is soft-deleted.
    expect(response.data?.reports.customerSegments).toEqual({
      vip: [{ user: { username: 'today' }, orderCount: 1, totalSpent: '150.00' }],
      atRisk: [
        { user: { username: 'eight' }, orderCount: 1, totalSpent: '300.00' },
        { user: { username: 'idle' }, orderCount: 1, totalSpent: '200.00' },
      ],
    });
  });

  it('counts activities within activeDays only', async () => {
    const response = await server.execute(
      Segments,
      { highValueThreshold: '100.00', activeDays: 30, minActivity: 2 },
      admin(),
    );
    expect(response.data?.reports.customerSegments.vip.map((row) => row.user.username)).toEqual(['eight', 'today']);
    expect(response.data?.reports.customerSegments.atRisk.map((row) => row.user.username)).toEqual(['idle']);
  });

  it('defaults to more than 1000.00, 10 activities in 30 days: nobody here', async () => {
    const response = await server.execute(Segments, {}, admin());
    expect(response.data?.reports.customerSegments).toEqual({ vip: [], atRisk: [] });
  });
});
