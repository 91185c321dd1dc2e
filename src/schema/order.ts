import { addressFromJson, Address } from './address.js';
import { builder } from './builder.js';
import { defineConnection, resolveKeysetConnection, withSelected, type NodeQuery } from './connections.js';
import { OrderStatusEnum, SortDirectionEnum } from './enums.js';
import { DateTimeFilter, DecimalFilter, StringFilter } from './filters.js';
import type { Context } from '../context.js';
import { ForbiddenError } from '../errors.js';
import { orderList, type OrderFilterInput, type OrderOrderByInput } from '../queries/orders.js';
import { optionalRowIdOf, rowIdOf } from '../lib/global-id.js';
import { requireViewer } from '../auth/policy.js';
import { canActFor } from '../auth/policy.js';
import {
  compiledConnection,
  compiledExpression,
  compiledLookup,
  type LookupRow,
} from '../execution/compiled-fields.js';
import { Prisma } from '../db/prisma.js';

export const OrderNode = builder.prismaNode('Order', {
  nullable: true,
  // Select mode: a query reads only the columns its fields need.
  select: { id: true },
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    orderNumber: t.exposeString('orderNumber'),
    customer: t.relation('customer'),
    status: t.expose('status', { type: OrderStatusEnum }),
    totalAmount: t.expose('totalAmount', { type: 'Decimal' }),
    items: t.relation('items', {
      description: 'Order lines, in the order they were added.',
      query: { orderBy: { id: 'asc' } },
    }),
    itemCount: t.int({
      description: 'Units in the order: the sum of its items’ quantities.',
      // Merged into the order's own statement (a LATERAL join), not a query of its own.
      select: { items: { select: { quantity: true }, orderBy: { id: 'asc' } } },
      extensions: compiledExpression(
        (order) =>
          Prisma.sql`(SELECT COALESCE(SUM(oi.quantity), 0)::int FROM order_items oi WHERE oi.order_id = ${order}.id)`,
      ),
      resolve: (order) => order.items.reduce((units, item) => units + item.quantity, 0),
    }),
    shippingAddress: t.field({
      type: Address,
      nullable: true,
      select: { shippingAddress: true },
      resolve: (order) => addressFromJson(order.shippingAddress),
    }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    shippedAt: t.expose('shippedAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
  }),
});

export const OrderItemNode = builder.prismaNode('OrderItem', {
  nullable: true,
  // Select mode: a query reads only the columns its fields need.
  select: { id: true },
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    order: t.relation('order'),
    product: t.relation('product'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.expose('unitPrice', { type: 'Decimal' }),
    totalPrice: t.expose('totalPrice', { type: 'Decimal' }),
  }),
});

export const OrderConnection = defineConnection(OrderNode, 'Order');

export const OrderSortFieldEnum = builder.enumType('OrderSortField', {
  values: ['CREATED_AT', 'TOTAL_AMOUNT', 'ORDER_NUMBER'] as const,
});

export const OrderOrderBy = builder.inputType('OrderOrderBy', {
  fields: (t) => ({
    field: t.field({ type: OrderSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'DESC' }),
  }),
});

/** OrderFilter as the resolvers receive it (IDs still global). */
export type OrderFilterArg = OrderFilterInput<string>;

export const OrderFilter = builder.inputRef<OrderFilterArg>('OrderFilter');

OrderFilter.implement({
  description: 'Every field given must match (AND); `or`/`not` nest.',
  fields: (t) => ({
    status: t.field({ type: [OrderStatusEnum] }),
    customerId: t.id(),
    orderNumber: t.field({ type: StringFilter }),
    totalAmount: t.field({ type: DecimalFilter }),
    createdAt: t.field({ type: DateTimeFilter }),
    productId: t.id({ description: 'Orders containing this product.' }),
    and: t.field({ type: [OrderFilter] }),
    or: t.field({ type: [OrderFilter] }),
    not: t.field({ type: OrderFilter }),
  }),
});

/** Decodes the filter's global IDs (BAD_USER_INPUT naming filter.<field> when malformed). */
export function orderFilterInput(filter: OrderFilterArg | null | undefined): OrderFilterInput | null {
  if (!filter) return null;
  return {
    ...filter,
    customerId: optionalRowIdOf(filter.customerId, 'User', 'filter.customerId'),
    productId: optionalRowIdOf(filter.productId, 'Product', 'filter.productId'),
    and: filter.and?.map((inner: OrderFilterArg) => orderFilterInput(inner)!) ?? null,
    or: filter.or?.map((inner: OrderFilterArg) => orderFilterInput(inner)!) ?? null,
    not: orderFilterInput(filter.not),
  };
}

export const hydrateOrders = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.order.findMany({ ...(query as object), where: { id: { in: ids } } });

type OrderLookupRow = LookupRow & { customerId: number };

/** What `orders` pages for these arguments: a customer's own orders, every order for admins. */
const rootOrderList = (
  context: Context,
  args: { filter?: OrderFilterArg | null; orderBy?: readonly OrderOrderByInput[] | null },
) => orderList(requireViewer(context.viewer), orderFilterInput(args.filter), args.orderBy);

/** A customer reads only their own orders: another's is FORBIDDEN (existing or not), a missing one null. */
async function lookUpOrder<T extends { customerId: number }>(
  context: Context,
  find: () => Promise<T | null>,
): Promise<T | null> {
  const viewer = requireViewer(context.viewer);
  const order = await find();
  if (!canActFor(viewer, order?.customerId)) throw new ForbiddenError();
  return order;
}

builder.queryFields((t) => ({
  order: t.prismaField({
    type: OrderNode,
    authScopes: { authenticated: true },
    nullable: true,
    description: 'Admins: any order. Customers: their own; another customer’s is FORBIDDEN.',
    args: { id: t.arg.id({ required: true }) },
    extensions: compiledLookup<{ id: string }>(['customerId'], (context, args, find) =>
      lookUpOrder(context, () => find({ id: rowIdOf(args.id, 'Order', 'id') }) as Promise<OrderLookupRow | null>),
    ),
    resolve: (query, _root, args, context) => {
      const id = rowIdOf(args.id, 'Order', 'id');
      return lookUpOrder(context, () =>
        context.prisma.order.findUnique({ ...withSelected(query, { customerId: true }), where: { id } }),
      );
    },
  }),
  orderByNumber: t.prismaField({
    type: OrderNode,
    authScopes: { authenticated: true },
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
      authScopes: { authenticated: true },
      description: 'Admins: all orders. Customers: their own only. Default order: createdAt DESC, then id.',
      args: {
        filter: t.arg({ type: OrderFilter }),
        orderBy: t.arg({ type: [OrderOrderBy] }),
      },
      extensions: compiledConnection(rootOrderList),
      resolve: (_root, args, context, info) =>
        resolveKeysetConnection({
          context,
          info,
          args,
          typeName: 'Order',
          list: rootOrderList(context, args),
          hydrate: hydrateOrders(context),
        }),
    },
    OrderConnection,
  ),
}));
