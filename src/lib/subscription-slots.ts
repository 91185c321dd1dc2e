import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Open subscriptions per account, capped at MAX_SUBSCRIPTIONS_PER_ACCOUNT.
 * With REDIS_URL the count spans every instance; without it, this process.
 */
export interface SubscriptionSlots {
  readonly limit: number;
  /** A slot for `key` (an account), or null when it holds the limit already. The function frees it. */
  acquire(key: string): Promise<(() => void) | null>;
  close(): Promise<void>;
}

export function memorySubscriptionSlots(limit: number): SubscriptionSlots {
  const open = new Map<string, number>();
  return {
    limit,
    async acquire(key) {
      const count = open.get(key) ?? 0;
      if (count >= limit) return null;
      open.set(key, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(key) ?? 1) - 1;
        if (left <= 0) open.delete(key);
        else open.set(key, left);
      };
    },
    async close() {
      open.clear();
    },
  };
}

// Drops expired leases, then adds one unless the account holds the limit: atomic across instances.
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

export interface RedisSlotsOptions {
  /** How long a slot outlives its instance if that dies without releasing it; renewed at a third of it. */
  leaseMs?: number;
  /** Before every key (REDIS_PREFIX). */
  prefix?: string;
  onError?: (error: unknown) => void;
}

/**
 * Each slot is a member of a sorted set per account, scored by when its
 * lease ends. The instance holding it renews the lease while the
 * subscription is open, so slots of a crashed instance free themselves
 * within `leaseMs` instead of counting against the account for ever.
 * Redis out of reach: the cap is not enforced (logged), subscriptions go on.
 * Uses the caller's connection; the caller closes it.
 */
export function redisSubscriptionSlots(
  redis: Redis,
  limit: number,
  options: RedisSlotsOptions = {},
): SubscriptionSlots {
  const leaseMs = options.leaseMs ?? 30_000;
  const instance = randomUUID();
  const held = new Map<string, string>();
  let sequence = 0;
  const keyOf = (key: string) => `${options.prefix ?? ''}subscription-slots:${key}`;
  const renew = setInterval(
    () => {
      if (held.size === 0) return;
      const batch = redis.pipeline();
      const until = Date.now() + leaseMs;
      for (const [member, key] of held) {
        batch.zadd(keyOf(key), 'XX', until, member);
        batch.pexpire(keyOf(key), leaseMs);
      }
      batch.exec().catch((error: unknown) => options.onError?.(error));
    },
    Math.max(100, Math.floor(leaseMs / 3)),
  );
  renew.unref();

  return {
    limit,
    async acquire(key) {
      const member = `${instance}:${++sequence}`;
      const now = Date.now();
      try {
        const granted = await redis.eval(ACQUIRE, 1, keyOf(key), now, limit, now + leaseMs, member, leaseMs);
        if (granted !== 1) return null;
      } catch (error) {
        options.onError?.(error);
        return () => {};
      }
      held.set(member, key);
      return () => {
        if (!held.delete(member)) return;
        redis.zrem(keyOf(key), member).catch((error: unknown) => options.onError?.(error));
      };
    },
    async close() {
      clearInterval(renew);
      const batch = redis.pipeline();
      for (const [member, key] of held) batch.zrem(keyOf(key), member);
      held.clear();
      await batch.exec().catch(() => {});
    },
  };
}
