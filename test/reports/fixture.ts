import { afterAll, beforeAll } from 'vitest';
import type { PrismaClient } from '../../src/db/prisma.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { createActivity, createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';

/**
 * The small fixed dataset of the report tests, placed in calendar months
 * relative to the current UTC month (M0 = its first instant, M-1 the month
 * before …), so that "the last N months" always covers it. Every expected
 * number in the tests is worked out by hand from the table below.
 *
 * Users (created in this order, so ids ascend): admin, alice, bob, carol,
 * dave (only PENDING/CANCELLED orders), erin (no orders), frank
 * (soft-deleted, has sales), grace (inactive, has one sale).
 *
 * Products: P1 10.00 cost 6.00 · P2 25.00 no cost · P3 5.00 cost 2.50 ·
 * P4 (only in a CANCELLED order) · P5 (only in a PENDING order) · P6 (never).
 *
 * Orders (created O1…O12 in this order; O8 is created before O9 but is later):
 *  O1  alice DELIVERED  M-3 +9d 12:00  P1 2×10.00, P2 1×25.00      45.00
 *  O2  bob   DELIVERED  M-3 +9d 13:00  P2 2×25.00                  50.00
 *  O3  frank DELIVERED  M-3 +14d       P3 20×5.00, P1 10×10.00    200.00
 *  O4  dave  PENDING    M-2 +3d        P1 4×10.00, P5 1×10.00      50.00
 *  O5  dave  CANCELLED  M-2 +4d        P4 1×30.00                  30.00
 *  O6  alice SHIPPED    M-1 +2d        P1 3×10.00, P3 3×5.00       45.00
 *  O7  carol CONFIRMED  M-1 +5d        P2 1×25.00                  25.00
 *  O8  bob   SHIPPED    M0 - 1 ms      P1 10×10.00                100.00  (last instant of M-1)
 *  O9  frank DELIVERED  M-1 +6d        P2 12×25.00                300.00
 *  O10 alice CONFIRMED  M0             P1 6×10.00                  60.00  (first instant of M0)
 *  O11 carol DELIVERED  M0             P3 7×5.00                   35.00
 *  O12 grace CONFIRMED  M0             P1 2×8.75                   17.50
 *
 * Activities of alice: M-4 ×1 (outside a 4-month window), M-3 ×2, M-2 none,
 * M-1 ×3 (one at M0 - 1 ms), M0 ×4 (one at M0); bob: M-1 ×5.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** First instant (UTC) of the month `offset` months from the current one. */
export function monthStart(offset: number, now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
}

/** YYYY-MM of the month `offset` months from the current one. */
export function monthLabel(offset: number): string {
  return monthStart(offset).toISOString().slice(0, 7);
}

/**
 * Waits while the next UTC midnight is close, so that the test and the
 * server agree on the current day and month.
 */
export async function awayFromUtcMidnight(marginMs = 60_000): Promise<void> {
  const now = Date.now();
  const toMidnight = DAY - (now % DAY);
  if (toMidnight < marginMs) await new Promise((resolve) => setTimeout(resolve, toMidnight + 100));
}

export async function seedReportFixture(prisma: PrismaClient) {
  await awayFromUtcMidnight();
  const M = (offset: number) => monthStart(offset).getTime();
  const at = (ms: number) => new Date(ms);

  const admin = await createAdmin(prisma);
  const alice = await createUser(prisma, { username: 'alice' });
  const bob = await createUser(prisma, { username: 'bob' });
  const carol = await createUser(prisma, { username: 'carol' });
  const dave = await createUser(prisma, { username: 'dave' });
  const erin = await createUser(prisma, { username: 'erin' });
  const frank = await createUser(prisma, { username: 'frank', deletedAt: new Date(), isActive: false });
  const grace = await createUser(prisma, { username: 'grace', isActive: false });

  const p1 = await createProduct(prisma, { name: 'P1', price: '10.00', cost: '6.00' });
  const p2 = await createProduct(prisma, { name: 'P2', price: '25.00', cost: null });
  const p3 = await createProduct(prisma, { name: 'P3', price: '5.00', cost: '2.50' });
  const p4 = await createProduct(prisma, { name: 'P4', price: '30.00', cost: '20.00' });
  const p5 = await createProduct(prisma, { name: 'P5', price: '10.00', cost: '1.00' });
  const p6 = await createProduct(prisma, { name: 'P6', price: '1.00', cost: '0.50' });

  const line = (productId: number, quantity: number, unitPrice: string) => ({ productId, quantity, unitPrice });
  const o1 = await createOrder(prisma, alice.id, [line(p1.id, 2, '10.00'), line(p2.id, 1, '25.00')], {
    status: 'DELIVERED',
    createdAt: at(M(-3) + 9 * DAY + 12 * HOUR),
  });
  const o2 = await createOrder(prisma, bob.id, [line(p2.id, 2, '25.00')], {
    status: 'DELIVERED',
    createdAt: at(M(-3) + 9 * DAY + 13 * HOUR),
  });
  const o3 = await createOrder(prisma, frank.id, [line(p3.id, 20, '5.00'), line(p1.id, 10, '10.00')], {
    status: 'DELIVERED',
    createdAt: at(M(-3) + 14 * DAY),
  });
  const o4 = await createOrder(prisma, dave.id, [line(p1.id, 4, '10.00'), line(p5.id, 1, '10.00')], {
    status: 'PENDING',
    createdAt: at(M(-2) + 3 * DAY),
  });
  const o5 = await createOrder(prisma, dave.id, [line(p4.id, 1, '30.00')], {
    status: 'CANCELLED',
    createdAt: at(M(-2) + 4 * DAY),
  });
  const o6 = await createOrder(prisma, alice.id, [line(p1.id, 3, '10.00'), line(p3.id, 3, '5.00')], {
    status: 'SHIPPED',
    createdAt: at(M(-1) + 2 * DAY),
  });
  const o7 = await createOrder(prisma, carol.id, [line(p2.id, 1, '25.00')], {
    status: 'CONFIRMED',
    createdAt: at(M(-1) + 5 * DAY),
  });
  const o8 = await createOrder(prisma, bob.id, [line(p1.id, 10, '10.00')], {
    status: 'SHIPPED',
    createdAt: at(M(0) - 1),
  });
  const o9 = await createOrder(prisma, frank.id, [line(p2.id, 12, '25.00')], {
    status: 'DELIVERED',
    createdAt: at(M(-1) + 6 * DAY),
  });
  const o10 = await createOrder(prisma, alice.id, [line(p1.id, 6, '10.00')], {
    status: 'CONFIRMED',
    createdAt: at(M(0)),
  });
  const o11 = await createOrder(prisma, carol.id, [line(p3.id, 7, '5.00')], {
    status: 'DELIVERED',
    createdAt: at(M(0)),
  });
  const o12 = await createOrder(prisma, grace.id, [line(p1.id, 2, '8.75')], {
    status: 'CONFIRMED',
    createdAt: at(M(0)),
  });

  const activity = (userId: number, ms: number) => createActivity(prisma, userId, { createdAt: at(ms) });
  await activity(alice.id, M(-4) + 3 * DAY);
  await activity(alice.id, M(-3) + 1 * DAY);
  await activity(alice.id, M(-3) + 20 * DAY);
  await activity(alice.id, M(-1));
  await activity(alice.id, M(-1) + 10 * DAY);
  await activity(alice.id, M(0) - 1);
  await activity(alice.id, M(0));
  await activity(alice.id, M(0));
  await activity(alice.id, M(0));
  await activity(alice.id, M(0));
  for (let i = 0; i < 5; i += 1) await activity(bob.id, M(-1) + (i + 1) * DAY);

  return {
    users: { admin, alice, bob, carol, dave, erin, frank, grace },
    products: { p1, p2, p3, p4, p5, p6 },
    orders: { o1, o2, o3, o4, o5, o6, o7, o8, o9, o10, o11, o12 },
  };
}

export type ReportFixture = Awaited<ReturnType<typeof seedReportFixture>>;

/**
 * This test file's server with the fixture seeded (beforeAll) and closed
 * (afterAll); read `server` and `fixture` inside tests.
 */
export function useReportFixture() {
  let server: TestServer | undefined;
  let fixture: ReportFixture | undefined;
  beforeAll(async () => {
    server = await createTestServer();
    fixture = await seedReportFixture(server.db.prisma);
  });
  afterAll(() => server?.close());
  return {
    get server(): TestServer {
      return server!;
    },
    get fixture(): ReportFixture {
      return fixture!;
    },
    /** Request options signed as the fixture's admin. */
    admin: () => ({ as: { userId: fixture!.users.admin.id, role: 'ADMIN' as const } }),
  };
}
