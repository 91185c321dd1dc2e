import type { DomainEventKind, OrderStatus } from '../generated/prisma/enums.js';

/**
 * The one list of domain events: each kind's payload type and the jobs that
 * handle it after commit. Services write events through `emitEvent` (in the
 * change's transaction, next to its audit entry); the outbox turns every
 * handler listed here into a graphile-worker job in the same transaction, so
 * a rolled-back change emits nothing and a committed one is never lost.
 */
export interface EventPayloads {
  USER_CREATED: {
    userId: number;
    username: string;
    email: string;
    firstName: string;
    source: 'signUp' | 'createUser' | 'import' | 'cli';
  };
  ORDER_PLACED: {
    orderId: number;
    orderNumber: string;
    customerId: number;
    totalAmount: string;
    itemCount: number;
    productIds: number[];
  };
  ORDER_STATUS_CHANGED: {
    orderId: number;
    orderNumber: string;
    customerId: number;
    from: OrderStatus;
    to: OrderStatus;
    /** The order's products, when the change moves the order into or out of the sales (their unitsSold/revenue change). */
    productIds?: number[];
  };
  ORDER_CANCELLED: {
    orderId: number;
    orderNumber: string;
    customerId: number;
    from: OrderStatus;
    reason: string | null;
    /** Products whose stock came back. */
    productIds: number[];
  };
  ORDER_TRANSFERRED: { orderId: number; orderNumber: string; fromCustomerId: number; toCustomerId: number };
  PRODUCT_UPDATED: { productId: number; sku: string; changed: string[] };
  PRODUCT_STOCK_LOW: { productId: number; sku: string; name: string; stockQuantity: number; threshold: number };
  PRODUCT_CREATED: { productId: number; sku: string; categoryId: number | null };
  PRODUCT_DELETED: { productId: number; sku: string; categoryId: number | null };
  CATEGORY_CHANGED: { categoryId: number; change: 'created' | 'updated' | 'deleted' };
}

/** Kinds webhooks can subscribe to (the API's DomainEventKind); the others only drive internal consumers. */
export const PUBLIC_EVENT_KINDS = [
  'USER_CREATED',
  'ORDER_PLACED',
  'ORDER_STATUS_CHANGED',
  'ORDER_CANCELLED',
  'ORDER_TRANSFERRED',
  'PRODUCT_UPDATED',
  'PRODUCT_STOCK_LOW',
] as const satisfies readonly (keyof EventPayloads)[];

export type PublicEventKind = (typeof PUBLIC_EVENT_KINDS)[number];

export type EventKind = keyof EventPayloads & DomainEventKind;

/** A committed event as consumers see it (webhook body: { id, kind, occurredAt, data }). */
export interface DomainEventEnvelope<K extends EventKind = EventKind> {
  id: string;
  kind: K;
  occurredAt: string;
  data: EventPayloads[K];
}

/** Job names (graphile-worker task identifiers) that handle events. */
export const EVENT_TASKS = {
  welcomeEmail: 'email_welcome',
  orderConfirmation: 'email_order_confirmation',
  shippedNotice: 'email_shipped_notice',
  lowStockAlert: 'email_low_stock_alert',
  webhooks: 'webhooks_fan_out',
  publish: 'publish_live_update',
  invalidateCache: 'invalidate_response_cache',
} as const;

export type EventTask = (typeof EVENT_TASKS)[keyof typeof EVENT_TASKS];

/** placeOrder's events are written by SQL (the place_order function), which is handed these lists. */
export const ORDER_PLACED_TASKS: EventTask[] = [
  EVENT_TASKS.orderConfirmation,
  EVENT_TASKS.webhooks,
  EVENT_TASKS.publish,
  EVENT_TASKS.invalidateCache,
];
export const PRODUCT_STOCK_LOW_TASKS: EventTask[] = [EVENT_TASKS.lowStockAlert, EVENT_TASKS.webhooks];

/**
 * After-commit handlers per kind: every public kind is offered to webhooks;
 * order and stock changes are published to subscriptions; whatever changes
 * what the catalog shows invalidates cached responses; some also send mail.
 */
export const EVENT_HANDLERS: { [K in EventKind]: (payload: EventPayloads[K]) => EventTask[] } = {
  USER_CREATED: () => [EVENT_TASKS.welcomeEmail, EVENT_TASKS.webhooks],
  ORDER_PLACED: () => ORDER_PLACED_TASKS,
  ORDER_STATUS_CHANGED: (payload) => [
    ...(payload.to === 'SHIPPED' ? [EVENT_TASKS.shippedNotice] : []),
    EVENT_TASKS.webhooks,
    EVENT_TASKS.publish,
    ...(payload.productIds?.length ? [EVENT_TASKS.invalidateCache] : []),
  ],
  ORDER_CANCELLED: () => [EVENT_TASKS.webhooks, EVENT_TASKS.publish, EVENT_TASKS.invalidateCache],
  ORDER_TRANSFERRED: () => [EVENT_TASKS.webhooks, EVENT_TASKS.publish],
  PRODUCT_UPDATED: (payload) => [
    EVENT_TASKS.webhooks,
    ...(payload.changed.includes('stockQuantity') ? [EVENT_TASKS.publish] : []),
    EVENT_TASKS.invalidateCache,
  ],
  PRODUCT_STOCK_LOW: () => PRODUCT_STOCK_LOW_TASKS,
  PRODUCT_CREATED: () => [EVENT_TASKS.invalidateCache],
  PRODUCT_DELETED: () => [EVENT_TASKS.invalidateCache],
  CATEGORY_CHANGED: () => [EVENT_TASKS.invalidateCache],
};

export const EVENT_KINDS = Object.keys(EVENT_HANDLERS) as EventKind[];

/** The entity an event is about, for lookups by kind and id. */
export function entityIdOf<K extends EventKind>(kind: K, payload: EventPayloads[K]): number {
  const data = payload as Record<string, unknown>;
  const id = kind.startsWith('USER')
    ? data['userId']
    : kind.startsWith('ORDER')
      ? data['orderId']
      : kind.startsWith('CATEGORY')
        ? data['categoryId']
        : data['productId'];
  return Number(id);
}
