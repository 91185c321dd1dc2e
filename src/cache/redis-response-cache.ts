import type { Cache, CacheEntityRecord } from '@envelop/response-cache';
import type { ExecutionResult } from 'graphql';
import type { Redis } from 'ioredis';

const tagKeyOf = (prefix: string, { typename, id }: CacheEntityRecord) =>
  `${prefix}tag:${id == null ? typename : `${typename}:${id}`}`;

/**
 * The response cache in Redis, shared by every instance: a response under
 * `<prefix>response:<key>` and, per tag (a type, or a type and id), a set of
 * the responses holding it. Tag sets expire with their newest response, and
 * invalidating a type reads one set: no KEYS scan (which
 * @envelop/response-cache-redis does, and which blocks Redis on a big keyspace).
 */
export function createRedisResponseCache(redis: Redis, prefix = 'rc:'): Cache {
  const responseKeyOf = (key: string) => `${prefix}response:${key}`;
  return {
    async set(key, result, entities, ttl) {
      const responseKey = responseKeyOf(key);
      const ttlMs = Number.isFinite(ttl) ? Math.max(1, Math.round(ttl)) : undefined;
      const pipeline = redis.multi();
      if (ttlMs) pipeline.set(responseKey, JSON.stringify(result), 'PX', ttlMs);
      else pipeline.set(responseKey, JSON.stringify(result));
      const tags = new Set<string>();
      for (const entity of entities) {
        tags.add(tagKeyOf(prefix, { typename: entity.typename }));
        if (entity.id != null) tags.add(tagKeyOf(prefix, entity));
      }
      for (const tag of tags) {
        pipeline.sadd(tag, responseKey);
        if (ttlMs) pipeline.pexpire(tag, ttlMs);
      }
      await pipeline.exec();
    },
    async get(key) {
      const cached = await redis.get(responseKeyOf(key));
      return cached ? (JSON.parse(cached) as ExecutionResult) : null;
    },
    async invalidate(entities) {
      const tags = [...new Set([...entities].map((entity) => tagKeyOf(prefix, entity)))];
      if (tags.length === 0) return;
      const read = redis.pipeline();
      for (const tag of tags) read.smembers(tag);
      const members = ((await read.exec()) ?? []).flatMap(([error, keys]) => {
        if (error) throw error;
        return keys as string[];
      });
      await redis.unlink(...tags, ...new Set(members));
    },
  };
}
