import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../context.js';
import type { PublicEventKind } from '../events/catalog.js';
import { webhookDeliveryList } from '../queries/background.js';
import { createWebhook, deleteWebhook, redeliverWebhook, updateWebhook } from '../services/webhooks.js';
import { builder } from './builder.js';
import { defineConnection, resolveChildConnection, type NodeQuery } from './connections.js';
import { DeliveryStatusEnum, DomainEventKindEnum } from './enums.js';
import { rowIdOf } from '../lib/global-id.js';

export const WebhookDeliveryNode = builder.prismaNode('WebhookDelivery', {
  nullable: true,
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    webhook: t.relation('webhook'),
    // Deliveries and subscriptions only ever hold the public kinds (the API's enum refuses the others).
    event: t.field({
      type: DomainEventKindEnum,
      select: { event: true },
      resolve: (delivery) => delivery.event as PublicEventKind,
    }),
    eventId: t.exposeString('eventId', {
      description: 'The same for every attempt and redelivery of one event: receivers drop duplicates by it.',
    }),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    attempts: t.exposeInt('attempts'),
    responseStatus: t.exposeInt('responseStatus', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

const WebhookDeliveryConnection = defineConnection(WebhookDeliveryNode, 'WebhookDelivery');

const hydrateDeliveries = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.webhookDelivery.findMany({ ...(query as object), where: { id: { in: ids } } });

export const WebhookNode = builder.prismaNode('Webhook', {
  nullable: true,
  id: { field: 'id' },
  authScopes: { admin: true },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    url: t.exposeString('url'),
    events: t.field({
      type: [DomainEventKindEnum],
      select: { events: true },
      resolve: (webhook) => webhook.events as PublicEventKind[],
    }),
    isActive: t.exposeBoolean('isActive'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.connection(
      {
        type: WebhookDeliveryNode,
        description: 'Newest first.',
        resolve: (webhook, args, context, info) =>
          resolveChildConnection({
            context,
            info,
            args,
            typeName: 'WebhookDelivery',
            parentId: webhook.id,
            list: webhookDeliveryList(),
            hydrate: hydrateDeliveries(context),
          }),
      },
      WebhookDeliveryConnection,
    ),
  }),
});

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'http(s) URL.' }),
    events: t.field({ type: [DomainEventKindEnum], required: true }),
  }),
});

const UpdateWebhookInput = builder.inputType('UpdateWebhookInput', {
  fields: (t) => ({
    url: t.string(),
    events: t.field({ type: [DomainEventKindEnum] }),
    isActive: t.boolean(),
  }),
});

const CreateWebhookPayload = builder.simpleObject('CreateWebhookPayload', {
  fields: (t) => ({
    webhook: t.field({ type: WebhookNode }),
    secret: t.string({ description: 'The HMAC-SHA256 signing key, shown only here.' }),
  }),
});

builder.queryField('webhooks', (t) =>
  t.prismaField({
    type: [WebhookNode],
    description: 'Admins.',
    authScopes: { admin: true },
    resolve: (query, _root, _args, context) => context.prisma.webhook.findMany({ ...query, orderBy: { id: 'asc' } }),
  }),
);

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: CreateWebhookPayload,
    description: 'Admins.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, context) => createWebhook(context, input),
  }),
  updateWebhook: t.prismaField({
    type: WebhookNode,
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateWebhookInput, required: true }) },
    resolve: async (query, _root, { id, input }, context) => {
      const updated = await updateWebhook(context, rowIdOf(id, 'Webhook', 'id'), input);
      return context.prisma.webhook.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteWebhook: t.id({
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const rowId = rowIdOf(id, 'Webhook', 'id');
      await deleteWebhook(context, rowId);
      return encodeGlobalID('Webhook', rowId);
    },
  }),
  redeliverWebhook: t.prismaField({
    type: WebhookDeliveryNode,
    description: 'Admins: delivers the same event (same eventId) again now.',
    authScopes: { admin: true },
    args: { deliveryId: t.arg.id({ required: true }) },
    resolve: async (query, _root, { deliveryId }, context) => {
      const delivery = await redeliverWebhook(context, rowIdOf(deliveryId, 'WebhookDelivery', 'deliveryId'));
      return context.prisma.webhookDelivery.findUniqueOrThrow({ ...query, where: { id: delivery.id } });
    },
  }),
}));
