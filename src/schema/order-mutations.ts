import { placeOrder } from '../services/order-placement.js';
import { cancelOrder, transferOrder, updateOrderStatus } from '../services/order-status.js';
import { builder } from './builder.js';
import { OrderStatusEnum } from './enums.js';
import { optionalRowIdOf, rowIdOf } from '../lib/global-id.js';
import { AddressInput, nonNegativeMoney, optionalText } from './inputs.js';

const OrderItemInput = builder.inputType('OrderItemInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    quantity: t.int({ required: true, validate: { min: [1, { message: 'must be at least 1' }] } }),
    unitPrice: t.field({
      type: 'Decimal',
      description: "Admins only; defaults to the product's current price.",
      validate: nonNegativeMoney,
    }),
  }),
});

const PlaceOrderInput = builder.inputType('PlaceOrderInput', {
  fields: (t) => ({
    customerId: t.id({ description: 'Admins only; defaults to the caller.' }),
    items: t.field({
      type: [OrderItemInput],
      required: true,
      description: 'One line per product (a product repeated is BAD_USER_INPUT).',
      validate: {
        minLength: [1, { message: 'an order needs at least one item' }],
        maxLength: [100, { message: 'at most 100 items' }],
      },
    }),
    shippingAddress: t.field({ type: AddressInput }),
    note: t.string({ validate: optionalText(1000) }),
    idempotencyKey: t.string({
      description:
        'Client-chosen key, 1–100 characters. A retry with the same key by the same customer returns the order the first call placed and places nothing new, even when the calls race. A key reused with different items is CONFLICT.',
      validate: {
        minLength: [1, { message: 'must be 1–100 characters' }],
        maxLength: [100, { message: 'must be 1–100 characters' }],
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  placeOrder: t.prismaField({
    type: 'Order',
    description:
      'One transaction: checks stock, reserves it atomically, prices lines, totals. Concurrent orders never oversell.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PlaceOrderInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const { orderId } = await placeOrder(context, {
        customerId: optionalRowIdOf(input.customerId, 'User', 'customerId'),
        items: input.items.map((item, index) => ({
          productId: rowIdOf(item.productId, 'Product', `items.${index}.productId`),
          quantity: item.quantity,
          unitPrice: item.unitPrice,
        })),
        shippingAddress: input.shippingAddress,
        note: input.note,
        idempotencyKey: input.idempotencyKey,
      });
      return context.prisma.order.findUniqueOrThrow({ ...query, where: { id: orderId } });
    },
  }),
  cancelOrder: t.prismaField({
    type: 'Order',
    description: 'PENDING or CONFIRMED only; puts the stock back. The owner or an admin.',
    authScopes: { authenticated: true },
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ validate: optionalText(500) }),
    },
    resolve: async (query, _root, { id, reason }, context) => {
      const order = await cancelOrder(context, rowIdOf(id, 'Order', 'id'), reason);
      return context.prisma.order.findUniqueOrThrow({ ...query, where: { id: order.id } });
    },
  }),
  updateOrderStatus: t.prismaField({
    type: 'Order',
    description:
      'PENDING -> CONFIRMED -> SHIPPED -> DELIVERED, one step at a time; admins only. CANCELLED (from PENDING/CONFIRMED) cancels like cancelOrder and restores stock.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: OrderStatusEnum, required: true }),
    },
    resolve: async (query, _root, { id, status }, context) => {
      const order = await updateOrderStatus(context, rowIdOf(id, 'Order', 'id'), status);
      return context.prisma.order.findUniqueOrThrow({ ...query, where: { id: order.id } });
    },
  }),
  transferOrder: t.prismaField({
    type: 'Order',
    description: 'Admins only: gives the order to another customer, who must exist and not be deleted.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }),
      toUserId: t.arg.id({ required: true }),
    },
    resolve: async (query, _root, { id, toUserId }, context) => {
      const order = await transferOrder(context, rowIdOf(id, 'Order', 'id'), rowIdOf(toUserId, 'User', 'toUserId'));
      return context.prisma.order.findUniqueOrThrow({ ...query, where: { id: order.id } });
    },
  }),
}));
