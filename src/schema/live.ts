import type { Context } from '../context.js';
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import type { OrderChange, StockChange } from '../events/live.js';
import { currentViewer } from '../services/auth.js';
import { builder } from './builder.js';
import { rowIdOf } from '../lib/global-id.js';
import { OrderNode } from './order.js';
import { ProductNode } from './product.js';
import { isAdmin } from '../auth/policy.js';
import { boundedStream } from '../lib/bounded-stream.js';

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

/** The viewer as the database has it now: a token of a logged-out or deactivated account no longer counts. */
async function stillSignedIn(context: Context): Promise<void> {
  if (!context.viewer) return;
  if (!(await currentViewer(context.prisma, context.viewer)))
    throw new UnauthenticatedError('The session of this subscription has ended');
}

async function slot(context: Context): Promise<() => void> {
  if (!context.viewer) return () => {};
  const release = await context.subscriptionSlots.acquire(`account:${context.viewer.userId}`);
  if (!release) throw new RateLimitedError(60, `At most ${context.subscriptionSlots.limit} subscriptions per account`);
  return release;
}

/**
 * A subscription's events: each checked before it is sent (the check's
 * error ends the stream), the slot freed when it ends, and what the
 * subscriber has not read yet capped: one that stops reading is ended,
 * never waited for.
 */
function live<T>(
  context: Context,
  source: AsyncIterable<T>,
  check: (item: T) => Promise<void>,
  release: () => void,
): AsyncIterable<T> {
  const limit = context.config.SUBSCRIPTION_BUFFER_EVENTS;
  return boundedStream(
    source,
    limit,
    () =>
      new RateLimitedError(1, `More than ${limit} events were waiting unread: the subscription ended; subscribe again`),
    { check, onClose: release },
  );
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
  if (!product.isActive && !isAdmin(context.viewer))
    throw new ForbiddenError('Inactive products are visible to admins only');
}

builder.subscriptionType({});

builder.subscriptionFields((t) => ({
  orderUpdated: t.field({
    type: OrderNode,
    authScopes: { authenticated: true },
    description: "The order's owner or an admin: the order each time it changes.",
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const orderId = rowIdOf(args.id, 'Order', 'id');
      await assertCanWatchOrder(context, orderId);
      const release = await slot(context);
      return live(
        context,
        context.live.pubSub.subscribe('order:updated', orderId),
        async () => {
          await stillSignedIn(context);
          await assertCanWatchOrder(context, orderId);
        },
        release,
      );
    },
    resolve: (change: OrderChange, _args, context) =>
      context.prisma.order.findUniqueOrThrow({ where: { id: change.orderId } }),
  }),
  orderEvents: t.field({
    type: OrderEvent,
    description: 'Admins: every order placed or changed, from any server instance.',
    authScopes: { admin: true },
    subscribe: async (_root, _args, context) => {
      const release = await slot(context);
      return live(
        context,
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
    authScopes: { public: true },
    description: 'Anyone (inactive products: admins only): the product each time its stock changes.',
    args: { id: t.arg.id({ required: true }) },
    subscribe: async (_root, args, context) => {
      const productId = rowIdOf(args.id, 'Product', 'id');
      await assertCanWatchProduct(context, productId);
      const release = await slot(context);
      return live(
        context,
        context.live.pubSub.subscribe('product:stock', productId),
        async () => {
          await stillSignedIn(context);
          await assertCanWatchProduct(context, productId);
        },
        release,
      );
    },
    resolve: (change: StockChange, _args, context) =>
      context.prisma.product.findUniqueOrThrow({ where: { id: change.productId } }),
  }),
}));
