import type { Redis } from 'ioredis';

/**
 * Who wrote lately (accounts and client addresses), for read-your-writes:
 * their reads go to the primary until the window has passed. In Redis when
 * REDIS_URL is set, so that the next request may land on any instance.
 */
export interface RecentWriters {
  mark(keys: readonly string[]): Promise<void>;
  anyRecent(keys: readonly string[]): Promise<boolean>;
  close(): Promise<void>;
}

const MAX_REMEMBERED = 100_000;

export function memoryRecentWriters(windowMs: number): RecentWriters {
  const until = new Map<string, number>();
  return {
    async mark(keys) {
      const expires = Date.now() + windowMs;
      for (const key of keys) {
        until.delete(key);
        until.set(key, expires);
      }
      // Insertion order is expiry order: the oldest entries go first.
      for (const [key, expiry] of until) {
        if (until.size <= MAX_REMEMBERED && expiry > Date.now()) break;
        until.delete(key);
      }
    },
    async anyRecent(keys) {
      const now = Date.now();
      return keys.some((key) => (until.get(key) ?? 0) > now);
    },
    async close() {
      until.clear();
    },
  };
}

/** On the caller's Redis connection (the caller closes it). */
export function redisRecentWriters(redis: Redis, windowMs: number, prefix: string): RecentWriters {
  return {
    async mark(keys) {
      if (keys.length === 0) return;
      const batch = redis.multi();
      for (const key of keys) batch.set(prefix + key, '1', 'PX', windowMs);
      await batch.exec();
    },
    async anyRecent(keys) {
      if (keys.length === 0) return false;
      return (await redis.exists(...keys.map((key) => prefix + key))) > 0;
    },
    async close() {},
  };
}
