import { addressFromJson, Address } from './address.js';
import { builder } from './builder.js';
import { defineConnection } from './connection-types.js';
import { OrderStatusEnum, SortDirectionEnum } from './enums.js';
import type { OrderStatus } from '../generated/prisma/enums.js';
import {
  DateTimeFilter,
  DecimalFilter,
  StringFilter,
  type DateTimeFilterInput,
  type DecimalFilterInput,
  type StringFilterInput,
} from './filters.js';

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
    items: t.relation('items', { description: 'Order lines, in the order they were added.', query: { orderBy: { id: 'asc' } } }),
    itemCount: t.int({
      description: 'Units in the order: the sum of its items’ quantities.',
      // Merged into the order's own statement (a LATERAL join), not a query of its own.
      select: { items: { select: { quantity: true }, orderBy: { id: 'asc' } } },
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
export interface OrderFilterArg {
  status?: OrderStatus[] | null;
  customerId?: string | number | null;
  orderNumber?: StringFilterInput | null;
  totalAmount?: DecimalFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  productId?: string | number | null;
  and?: OrderFilterArg[] | null;
  or?: OrderFilterArg[] | null;
  not?: OrderFilterArg | null;
}

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
