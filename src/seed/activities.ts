import type { OrderRow } from './orders.js';
import type { ProfileRow, UserRow } from './people.js';
import { DAY, formatCents, MINUTE, type SeedRandom } from './random.js';

export type ActivityKind =
  | 'SIGN_UP'
  | 'LOGIN'
  | 'PASSWORD_CHANGED'
  | 'PROFILE_UPDATED'
  | 'ORDER_PLACED'
  | 'ORDER_CANCELLED';

export interface ActivityRow {
  id: number;
  userId: number;
  kind: ActivityKind;
  metadata: Record<string, unknown>;
  createdAt: number;
}

const CLIENTS = ['web', 'web', 'web', 'ios', 'android'];
/** Share of customers (the most popular) who were busy lately: customerSegments' VIPs need recent activity. */
const REGULARS_SHARE = 0.05;

/**
 * What the services would have recorded: a sign-up per customer, logins
 * (the latest becomes lastLoginAt), profile and password changes (which bump
 * updatedAt), and one ORDER_PLACED / ORDER_CANCELLED per order event.
 * Updates users and profiles in place to match.
 */
export function generateActivities(
  random: SeedRandom,
  input: { users: UserRow[]; profiles: ProfileRow[]; orders: OrderRow[]; now: number },
): ActivityRow[] {
  const activities: ActivityRow[] = [];
  const add = (userId: number, kind: ActivityKind, createdAt: number, metadata: Record<string, unknown>) =>
    activities.push({ id: 0, userId, kind, metadata, createdAt });
  const profiles = new Map(input.profiles.map((profile) => [profile.userId, profile]));
  const customers = input.users.filter((user) => user.role === 'CUSTOMER' && user.isActive && user.deletedAt === null);
  const regulars = new Set(
    [...customers]
      .sort((a, b) => b.popularity - a.popularity || a.id - b.id)
      .slice(0, Math.max(1, Math.ceil(customers.length * REGULARS_SHARE)))
      .map((user) => user.id),
  );

  for (const user of input.users) {
    const until = user.deletedAt ?? input.now;
    if (user.role === 'CUSTOMER') add(user.id, 'SIGN_UP', user.createdAt, { client: random.pick(CLIENTS) });
    const logins = user.role === 'ADMIN' ? 12 : 1 + Math.min(20, Math.floor(user.popularity * 2 * random.unit()));
    for (let index = 0; index < logins; index++) {
      const at = random.time(user.createdAt + MINUTE, until);
      add(user.id, 'LOGIN', at, { client: random.pick(CLIENTS), ip: random.faker.internet.ipv4() });
      user.lastLoginAt = Math.max(user.lastLoginAt ?? 0, at);
    }
    // A regular logged in 10–15 times in the last four weeks (the default activity window is 30 days).
    const recentLogins = regulars.has(user.id) ? random.int(10, 15) : 0;
    for (let index = 0; index < recentLogins; index++) {
      const at = random.time(Math.max(user.createdAt + MINUTE, input.now - 28 * DAY), input.now);
      add(user.id, 'LOGIN', at, { client: random.pick(CLIENTS), ip: random.faker.internet.ipv4() });
      user.lastLoginAt = Math.max(user.lastLoginAt ?? 0, at);
    }
    const profile = profiles.get(user.id);
    if (profile && random.chance(0.3)) {
      const at = random.time(profile.createdAt + MINUTE, until);
      add(user.id, 'PROFILE_UPDATED', at, {
        fields: random.sample(['bio', 'website', 'location', 'address', 'tags'], random.int(1, 3)),
      });
      profile.updatedAt = at;
      user.updatedAt = Math.max(user.updatedAt, at);
    }
    if (user.role === 'CUSTOMER' && random.chance(0.05)) {
      const at = random.time(user.createdAt + MINUTE, until);
      add(user.id, 'PASSWORD_CHANGED', at, {});
      user.updatedAt = Math.max(user.updatedAt, at);
    }
    user.updatedAt = Math.max(user.updatedAt, user.lastLoginAt ?? 0, user.deletedAt ?? 0);
  }

  for (const order of input.orders) {
    const total = formatCents(order.totalCents);
    add(order.customerId, 'ORDER_PLACED', order.createdAt, {
      orderId: order.id,
      orderNumber: order.orderNumber,
      totalAmount: total,
    });
    if (order.cancelledAt !== null) {
      add(order.customerId, 'ORDER_CANCELLED', order.cancelledAt, {
        orderId: order.id,
        orderNumber: order.orderNumber,
      });
    }
  }

  activities.sort((a, b) => a.createdAt - b.createdAt);
  activities.forEach((activity, index) => {
    activity.id = index + 1;
  });
  return activities;
}
