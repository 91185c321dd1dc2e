import { EVENT_TASKS } from '../events/catalog.js';
import type { OrderChange } from '../events/live.js';
import { loadEvent } from './events.js';
import type { JobTask } from './worker.js';

const ORDER_KINDS = {
  ORDER_PLACED: 'PLACED',
  ORDER_STATUS_CHANGED: 'STATUS_CHANGED',
  ORDER_CANCELLED: 'CANCELLED',
  ORDER_TRANSFERRED: 'TRANSFERRED',
} as const;

/**
 * Publishes a committed event to the live-update pub/sub: order changes to
 * the order's own topic and to the admins' stream, stock changes to each
 * product's topic. Subscribers read the current rows themselves.
 */
export const liveTasks: Record<string, JobTask> = {
  [EVENT_TASKS.publish]: async (payload, { prisma, live }) => {
    const event = await loadEvent(prisma, payload);
    if (!event) return;
    const at = event.occurredAt;
    const stock = (productIds: readonly number[]) => {
      for (const productId of new Set(productIds)) live.pubSub.publish('product:stock', productId, { productId, at });
    };
    const data = event.data as unknown as Record<string, unknown>;
    if (event.kind in ORDER_KINDS) {
      const orderId = Number(data['orderId']);
      const customerIds = [data['customerId'], data['fromCustomerId'], data['toCustomerId']].filter(
        (id): id is number => typeof id === 'number',
      );
      const change: OrderChange = {
        kind: ORDER_KINDS[event.kind as keyof typeof ORDER_KINDS],
        orderId,
        customerIds,
        at,
      };
      live.pubSub.publish('order:updated', orderId, change);
      live.pubSub.publish('order:events', change);
      if (Array.isArray(data['productIds'])) stock(data['productIds'] as number[]);
    } else if (event.kind === 'PRODUCT_UPDATED') {
      stock([Number(data['productId'])]);
    }
  },
};
