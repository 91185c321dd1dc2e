import type { Context } from '../context.js';
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import type { OrderChange, StockChange } from '../events/live.js';
import { currentViewer } from '../services/auth.js';
import { builder } from './builder.js';
import { rowIdOf } from './global-id.js';
import { OrderNode } from './order.js';
import { ProductNode } from './product.js';
import { isAdmin } from '../auth/policy.js';

/**
 * Live updates over SSE and WebSocket (graphql-ws) on /graphql, fed only by
 * committed events. Access is checked when subscribing and again on every
 * event (a logged-out or deactivated account, or an order transferred away,
 * ends the subscription), and each account holds a bounded number of them.
 */

const OrderEventKindEnum = builder.enumType('OrderEventKind', {
  values: ['PLACED', 'STATUS_CHANGED', 'CANCELLED', 'TRANSFERRED'] as const,
});

const OrderEvent = builder.objectRef<OrderChange>('OrderEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: OrderEventKindEnum, resolve: (change) => change.kind }),
    order: t.field({
      type: OrderNode,
      resolve: (change, _args, context) => context.prisma.order.findUniqueOrThrow({ where: { id: change.orderId } }),
    }),
    at: t.field({ type: 'DateTime', resolve: (change) => new Date(change.at) }),
  }),
});

/** Ends the stream with the check's error when it throws; the source is closed either way (unsubscribed). */
async function* guarded<T>(source: AsyncIterable<T>, check: (item: T) => Promise<void>, release: () => void): AsyncGenerator<T> {
  try {
    for await (const item of source) {
      await check(item);
      yield item;
    }
  } finally {
    release();
  }
}

/** The viewer as the database has it now: a token of a logged-out or deactivated account no longer counts. */
async function stillSignedIn(context: Context): Promise<void> {
  if (!context.viewer) return;
  if (!(await currentViewer(context.prisma, context.viewer))) throw new UnauthenticatedError('The session of this subscription has ended');
}

function slot(context: Context): () => void {
  const key = context.viewer ? `account:${context.viewer.userId}` : null;
  if (!key) return () => {};
  if (!context.subscriptionSlots.acquire(key)) {
    throw new RateLimitedError(60, `At most ${context.config.MAX_SUBSCRIPTIONS_PER_ACCOUNT} subscriptions per account`);
  }
  return () => context.subscriptionSlots.release(key);
}

async function assertCanWatchOrder(context: Context, orderId: number): Promise<void> {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  const order = await context.prisma.order.findUnique({ where: { id: orderId }, select: { customerId: true } });
  if (isAdmin(viewer)) {
    if (!order) throw new NotFoundError('Order', orderId);
    return;
  }
  if (order?.customerId !== viewer.userId) throw new ForbiddenError();
}

async function assertCanWatchProduct(context: Context, productId: number): Promise<void> {
  const product = await context.prisma.product.findUnique({ where: { id: productId }, select: { isActive: true } });
  if (!product) throw new NotFoundError('Product', productId);
  if (!product.isActive && !isAdmin(context.viewer)) throw new ForbiddenError('Inactive products are visible to admins only');
}

builder.subscriptionType({});

builder.subscriptionFields((t) => ({
  orderUpdated: t.field({
    type: OrderNode,
    description: "The order's owner or an admin: the order each time it changes.",
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const orderId = rowIdOf(args.id, 'Order', 'id');
      await assertCanWatchOrder(context, orderId);
      const release = slot(context);
      return guarded(
        context.live.pubSub.subscribe('order:updated', orderId),
        async () => {
          await stillSignedIn(context);
          await assertCanWatchOrder(context, orderId);
        },
        release,
      );
    },
    resolve: (change: OrderChange, _args, context) => context.prisma.order.findUniqueOrThrow({ where: { id: change.orderId } }),
  }),
  orderEvents: t.field({
    type: OrderEvent,
    description: 'Admins: every order placed or changed, from any server instance.',
    authScopes: { admin: true },
    subscribe: (_root, _args, context) => {
      const release = slot(context);
      return guarded(
        context.live.pubSub.subscribe('order:events'),
        async () => {
          await stillSignedIn(context);
          const viewer = context.viewer && (await currentViewer(context.prisma, context.viewer));
          if (!isAdmin(viewer)) throw new ForbiddenError();
        },
        release,
      );
    },
    resolve: (change: OrderChange) => change,
  }),
  productStockChanged: t.field({
    type: ProductNode,
    description: 'Anyone (inactive products: admins only): the product each time its stock changes.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const productId = rowIdOf(args.id, 'Product', 'id');
      await assertCanWatchProduct(context, productId);
      const release = slot(context);
      return guarded(
        context.live.pubSub.subscribe('product:stock', productId),
        async () => {
          await stillSignedIn(context);
          await assertCanWatchProduct(context, productId);
        },
        release,
      );
    },
    resolve: (change: StockChange, _args, context) => context.prisma.product.findUniqueOrThrow({ where: { id: change.productId } }),
  }),
}));
