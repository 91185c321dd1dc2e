import { createInMemoryCache, type Cache } from '@envelop/response-cache';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { CacheTag } from './invalidation.js';
import { createRedisResponseCache } from './redis-response-cache.js';

export interface ResponseCacheStore {
  /** For the response-cache plugin. Reads and writes that fail (Redis down) count as misses: the query runs. */
  cache: Cache;
  /** Shared by every instance (Redis), or this process only. */
  mode: 'redis' | 'in-process';
  /** Drops every cached response holding one of the tags; rejects when the store cannot be reached. */
  invalidate(tags: readonly CacheTag[]): Promise<void>;
  close(): Promise<void>;
}

export interface ResponseCacheStoreOptions {
  redisUrl?: string | undefined;
  /** In-process only: least recently used responses are dropped beyond this. */
  maxEntries: number;
  /** Redis key prefix. */
  prefix?: string;
  log: Logger;
}

/**
 * Where cached responses live. With REDIS_URL every instance and worker
 * shares it, so an invalidation anywhere is seen everywhere; without it, it
 * lives in this process and only this process's mutations and in-process
 * jobs invalidate it (one instance).
 */
export function createResponseCacheStore(options: ResponseCacheStoreOptions): ResponseCacheStore {
  const { log } = options;
  if (!options.redisUrl) {
    const cache = createInMemoryCache({ max: options.maxEntries });
    return {
      cache,
      mode: 'in-process',
      invalidate: async (tags) => cache.invalidate(tags),
      close: async () => {},
    };
  }
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  redis.on('error', (error) => log.debug({ err: error }, 'response cache: redis error'));
  const shared = createRedisResponseCache(redis, options.prefix);
  const cache: Cache = {
    async get(key) {
      try {
        return await shared.get(key);
      } catch (error) {
        log.warn({ err: error }, 'response cache read failed; executing the query');
        return null;
      }
    },
    async set(key, result, entities, ttl) {
      try {
        await shared.set(key, result, entities, ttl);
      } catch (error) {
        log.warn({ err: error }, 'response cache write failed');
      }
    },
    invalidate: (entities) => shared.invalidate(entities),
  };
  return {
    cache,
    mode: 'redis',
    invalidate: async (tags) => shared.invalidate(tags),
    async close() {
      redis.disconnect();
    },
  };
}

/** The store the configuration asks for (Redis with REDIS_URL), or undefined when RESPONSE_CACHE is off. */
export function responseCacheStoreFor(
  config: Pick<Config, 'RESPONSE_CACHE' | 'REDIS_URL' | 'RESPONSE_CACHE_MAX_ENTRIES' | 'RESPONSE_CACHE_PREFIX'>,
  log: Logger,
): ResponseCacheStore | undefined {
  if (!config.RESPONSE_CACHE) return undefined;
  return createResponseCacheStore({
    redisUrl: config.REDIS_URL,
    maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES,
    prefix: config.RESPONSE_CACHE_PREFIX,
    log,
  });
}
