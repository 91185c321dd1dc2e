import { staleTagsOf } from '../cache/invalidation.js';
import { EVENT_TASKS } from '../events/catalog.js';
import { loadEvent } from './events.js';
import type { JobTask } from './worker.js';

/**
 * Drops the cached responses a committed event made stale, for every
 * instance sharing the cache (Redis). A failure throws, so the job retries
 * with backoff; the cache TTL bounds what is served meanwhile.
 */
export const cacheTasks: Record<string, JobTask> = {
  [EVENT_TASKS.invalidateCache]: async (payload, { prisma, responseCache, metrics }) => {
    if (!responseCache) return;
    const event = await loadEvent(prisma, payload);
    if (!event) return;
    const tags = staleTagsOf(event);
    if (tags.length === 0) return;
    await responseCache.invalidate(tags);
    metrics?.recordCacheInvalidation('event');
  },
};
