import type { Context } from '../context.js';
import { ForbiddenError } from '../errors.js';
import { orderList, type OrderFilterInput } from '../queries/orders.js';
import { builder } from './builder.js';
import { optionalRowIdOf, rowIdOf } from '../lib/global-id.js';
import { requireViewer } from './node-access.js';
import { OrderConnection, OrderFilter, OrderNode, OrderOrderBy, type OrderFilterArg } from './order.js';
import { resolveKeysetConnection, withSelected, type NodeQuery } from './pagination.js';
import { canActFor } from '../auth/policy.js';

/** Decodes the filter's global IDs (BAD_USER_INPUT naming filter.<field> when malformed). */
export function orderFilterInput(filter: OrderFilterArg | null | undefined): OrderFilterInput | null {
  if (!filter) return null;
  return {
    ...filter,
    customerId: optionalRowIdOf(filter.customerId, 'User', 'filter.customerId'),
    productId: optionalRowIdOf(filter.productId, 'Product', 'filter.productId'),
    and: filter.and?.map((inner) => orderFilterInput(inner)!) ?? null,
    or: filter.or?.map((inner) => orderFilterInput(inner)!) ?? null,
    not: orderFilterInput(filter.not),
  };
}

export const hydrateOrders = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.order.findMany({ ...(query as object), where: { id: { in: ids } } });

/** A customer reads only their own orders: another's is FORBIDDEN (existing or not), a missing one null. */
async function lookUpOrder<T extends { customerId: number }>(context: Context, find: () => Promise<T | null>): Promise<T | null> {
  const viewer = requireViewer(context.viewer);
  const order = await find();
  if (!canActFor(viewer, order?.customerId)) throw new ForbiddenError();
  return order;
}

builder.queryFields((t) => ({
  order: t.prismaField({
    type: OrderNode,
    nullable: true,
    description: 'Admins: any order. Customers: their own; another customer’s is FORBIDDEN.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) => {
      const id = rowIdOf(args.id, 'Order', 'id');
      return lookUpOrder(context, () => context.prisma.order.findUnique({ ...withSelected(query, { customerId: true }), where: { id } }));
    },
  }),
  orderByNumber: t.prismaField({
    type: OrderNode,
    nullable: true,
    description: 'Exact order number. Same access rules as `order`.',
    args: { orderNumber: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      lookUpOrder(context, () =>
        context.prisma.order.findUnique({
          ...withSelected(query, { customerId: true }),
          where: { orderNumber: args.orderNumber.trim() },
        }),
      ),
  }),
  orders: t.connection(
    {
      type: OrderNode,
      description: 'Admins: all orders. Customers: their own only. Default order: createdAt DESC, then id.',
      args: {
        filter: t.arg({ type: OrderFilter }),
        orderBy: t.arg({ type: [OrderOrderBy] }),
      },
      resolve: (_root, args, context, info) => {
        const viewer = requireViewer(context.viewer);
        return resolveKeysetConnection({
          context,
          info,
          args,
          typeName: 'Order',
          list: orderList(viewer, orderFilterInput(args.filter), args.orderBy),
          hydrate: hydrateOrders(context),
        });
      },
    },
    OrderConnection,
  ),
}));
