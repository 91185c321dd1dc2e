import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';

/** What subscribers receive: the change, not the data (resolvers read the current row with the subscriber's access rules). */
export interface OrderChange {
  kind: 'PLACED' | 'STATUS_CHANGED' | 'CANCELLED' | 'TRANSFERRED';
  orderId: number;
  customerIds: number[];
  at: string;
}

export interface StockChange {
  productId: number;
  at: string;
}

export type LiveTopics = {
  'order:updated': [orderId: number, change: OrderChange];
  'order:events': [change: OrderChange];
  'product:stock': [productId: number, change: StockChange];
};

export interface LiveUpdates {
  pubSub: PubSub<LiveTopics>;
  /** Where it publishes: across instances (Redis) or this process only. */
  mode: 'redis' | 'in-process';
  close(): Promise<void>;
}

/**
 * The pub/sub subscriptions listen on, fed only by committed events (the
 * publish job of the outbox). With REDIS_URL every instance shares it
 * (Redis pub/sub), so a change made through any instance or worker reaches
 * subscribers everywhere; without it, publishers and subscribers must share
 * this process (npm start with the in-process worker).
 */
export function createLiveUpdates(redisUrl: string | undefined): LiveUpdates {
  if (!redisUrl) return { pubSub: createPubSub<LiveTopics>(), mode: 'in-process', close: async () => {} };
  const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: false });
  const subscribeClient = new Redis(redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  // A subscription that ends after close() unsubscribes on a closed connection: nothing is left to
  // unsubscribe from, and the event target does not catch the rejection (an unhandled one would end the process).
  const unsubscribe = subscribeClient.unsubscribe.bind(subscribeClient) as (...channels: string[]) => Promise<unknown>;
  subscribeClient.unsubscribe = ((...channels: string[]) =>
    unsubscribe(...channels).catch(() => 0)) as unknown as typeof subscribeClient.unsubscribe;
  const eventTarget = createRedisEventTarget<never>({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<LiveTopics>({ eventTarget }),
    mode: 'redis',
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
