import { builder } from './builder.js';
import { OrderStatusEnum } from './enums.js';

export const OrderNode = builder.prismaNode('Order', {
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    orderNumber: t.exposeString('orderNumber'),
    customer: t.relation('customer'),
    status: t.expose('status', { type: OrderStatusEnum }),
    totalAmount: t.expose('totalAmount', { type: 'Decimal' }),
    items: t.relation('items', { query: { orderBy: { id: 'asc' } } }),
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
