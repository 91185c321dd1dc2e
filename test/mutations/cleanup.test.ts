import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import {
  createActivity,
  createAdmin,
  createOrder,
  createProduct,
  createProfile,
  createUser,
} from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, expectBadUserInput, type TestServer } from '../support/server.js';

const Cleanup = graphql(`
  mutation MaintenanceCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {
    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {
      dryRun
      cancelledOrders
      inactiveUsers
    }
  }
`);

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

let server: TestServer;
let admin: Viewer;
const fixtures = {} as {
  oldCancelled: number;
  recentCancelled: number;
  oldDelivered: number;
  staleUsersOrder: number;
  staleUser: number;
  staleUserWithOrder: number;
  oldActiveUser: number;
  recentInactiveUser: number;
};

beforeAll(async () => {
  server = await createTestServer();
  const prisma = server.db.prisma;
  admin = { userId: (await createAdmin(prisma, { createdAt: daysAgo(400) })).id, role: 'ADMIN' };
  const buyer = await createUser(prisma, { createdAt: daysAgo(400) });
  const product = await createProduct(prisma);
  const line = [{ productId: product.id, quantity: 2, unitPrice: '5.00' }];
  fixtures.oldCancelled = (
    await createOrder(prisma, buyer.id, line, { status: 'CANCELLED', cancelledAt: daysAgo(40) })
  ).id;
  fixtures.recentCancelled = (
    await createOrder(prisma, buyer.id, line, { status: 'CANCELLED', cancelledAt: daysAgo(5) })
  ).id;
  fixtures.oldDelivered = (
    await createOrder(prisma, buyer.id, line, { status: 'DELIVERED', createdAt: daysAgo(60) })
  ).id;

  const stale = await createUser(prisma, { isActive: false, createdAt: daysAgo(90) });
  await createProfile(prisma, stale.id, { bio: 'gone' });
  await createActivity(prisma, stale.id);
  fixtures.staleUser = stale.id;
  const staleWithOrder = await createUser(prisma, { isActive: false, createdAt: daysAgo(90) });
  fixtures.staleUsersOrder = (
    await createOrder(prisma, staleWithOrder.id, line, { status: 'CANCELLED', cancelledAt: daysAgo(80) })
  ).id;
  fixtures.staleUserWithOrder = staleWithOrder.id;
  fixtures.oldActiveUser = (await createUser(prisma, { createdAt: daysAgo(90) })).id;
  fixtures.recentInactiveUser = (await createUser(prisma, { isActive: false, createdAt: daysAgo(3) })).id;
});
afterAll(() => server.close());

describe('cleanupOldRecords', () => {
  it('rejects olderThanDays below 1', async () => {
    const before = await rowCounts(server.db.prisma);
    expectBadUserInput(
      await server.execute(Cleanup, { olderThanDays: 0, dryRun: false }, { as: admin }),
      'olderThanDays',
    );
    expectBadUserInput(
      await server.execute(Cleanup, { olderThanDays: -5, dryRun: false }, { as: admin }),
      'olderThanDays',
    );
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('only counts by default (dryRun), changing nothing', async () => {
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(Cleanup, {}, { as: admin });
    // Default 30 days: the two cancelled orders from 40 and 80 days ago; the one stale user without orders.
    expect(response.data?.cleanupOldRecords).toEqual({ dryRun: true, cancelledOrders: 2, inactiveUsers: 1 });
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('honours the cutoff: with 60 days only the order cancelled 80 days ago counts', async () => {
    const response = await server.execute(Cleanup, { olderThanDays: 60 }, { as: admin });
    expect(response.data?.cleanupOldRecords).toEqual({ dryRun: true, cancelledOrders: 1, inactiveUsers: 1 });
  });

  it('deletes what the dry run counted, with the items, profile and activities, and audits each deletion', async () => {
    const prisma = server.db.prisma;
    const before = await rowCounts(prisma);
    const response = await server.execute(Cleanup, { olderThanDays: 30, dryRun: false }, { as: admin });
    expect(response.data?.cleanupOldRecords).toEqual({ dryRun: false, cancelledOrders: 2, inactiveUsers: 1 });

    const remainingOrders = await prisma.order.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    expect(remainingOrders.map((order) => order.id)).toEqual([fixtures.recentCancelled, fixtures.oldDelivered]);
    const remainingUsers = new Set((await prisma.user.findMany({ select: { id: true } })).map((user) => user.id));
    expect(remainingUsers.has(fixtures.staleUser)).toBe(false);
    for (const kept of [
      fixtures.staleUserWithOrder,
      fixtures.oldActiveUser,
      fixtures.recentInactiveUser,
      admin.userId,
    ]) {
      expect(remainingUsers.has(kept)).toBe(true);
    }
    expect(await rowCounts(prisma)).toEqual({
      ...before,
      orders: before['orders']! - 2,
      order_items: before['order_items']! - 2,
      users: before['users']! - 1,
      user_profiles: before['user_profiles']! - 1,
      user_activities: before['user_activities']! - 1,
      audit_logs: before['audit_logs']! + 3,
    });
    const audits = await prisma.auditLog.findMany({ where: { action: 'DELETE' }, orderBy: { id: 'asc' } });
    expect(audits.map((audit) => [audit.entity, audit.entityId, audit.actorId])).toEqual([
      ['Order', String(fixtures.oldCancelled), admin.userId],
      ['Order', String(fixtures.staleUsersOrder), admin.userId],
      ['User', String(fixtures.staleUser), admin.userId],
    ]);
    const userAudit = JSON.stringify(audits[2]!.changes);
    expect(userAudit).not.toContain('passwordHash');
    expect(userAudit).not.toContain('argon2');
  });

  it('then removes the stale user whose only (old, cancelled) order is gone, on the next run', async () => {
    const response = await server.execute(Cleanup, { olderThanDays: 30, dryRun: false }, { as: admin });
    expect(response.data?.cleanupOldRecords).toEqual({ dryRun: false, cancelledOrders: 0, inactiveUsers: 1 });
    expect(await server.db.prisma.user.findUnique({ where: { id: fixtures.staleUserWithOrder } })).toBeNull();
  });
});
