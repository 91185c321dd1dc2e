import { requireAdmin as requireAdminViewer } from '../auth/policy.js';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { DomainEventKind } from '../generated/prisma/enums.js';
import type { Webhook, WebhookDelivery } from '../generated/prisma/client.js';
import { BadUserInputError, NotFoundError } from '../errors.js';
import { encryptSecret } from '../lib/crypto.js';
import { webhookUrlProblem } from '../lib/public-url.js';
import { deliveryJobSql } from '../jobs/queue.js';
import { recordAudit } from './audit.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

export type WebhookServiceContext = ServiceContext & {
  config: Pick<Config, 'ENCRYPTION_KEY' | 'WEBHOOK_ALLOW_PRIVATE'>;
};

export const MAX_WEBHOOKS = 100;
const URL_MAX_LENGTH = 2000;

const requireAdmin = (ctx: ServiceContext): number => requireAdminViewer(ctx.viewer).userId;

async function checkUrl(ctx: WebhookServiceContext, url: string): Promise<string> {
  const trimmed = url.trim();
  if (trimmed.length === 0 || trimmed.length > URL_MAX_LENGTH)
    throw new BadUserInputError(`url must be 1–${URL_MAX_LENGTH} characters`, 'url');
  const problem = await webhookUrlProblem(trimmed, ctx.config.WEBHOOK_ALLOW_PRIVATE);
  if (problem === 'not-http') throw new BadUserInputError('url must be an http(s) URL without credentials', 'url');
  if (problem === 'private') throw new BadUserInputError('url resolves to a loopback or private address', 'url');
  if (problem === 'unresolvable') throw new BadUserInputError('url host does not resolve', 'url');
  return trimmed;
}

function checkEvents(events: readonly DomainEventKind[]): DomainEventKind[] {
  const unique = [...new Set(events)];
  if (unique.length === 0) throw new BadUserInputError('events must name at least one event kind', 'events');
  return unique;
}

/** Audited without the secret (the audit log never holds secrets). */
const auditable = ({ secretEncrypted: _secret, ...webhook }: Webhook) => webhook;

/** A new webhook and its signing secret, which is stored encrypted and shown only now. */
export async function createWebhook(
  ctx: WebhookServiceContext,
  input: { url: string; events: readonly DomainEventKind[] },
): Promise<{ webhook: Webhook; secret: string }> {
  const actorId = requireAdmin(ctx);
  const url = await checkUrl(ctx, input.url);
  const events = checkEvents(input.events);
  const secret = `whsec_${randomBytes(24).toString('base64url')}`;
  return inTransaction(ctx.prisma, async (tx) => {
    if ((await tx.webhook.count()) >= MAX_WEBHOOKS)
      throw new BadUserInputError(`At most ${MAX_WEBHOOKS} webhooks`, 'url');
    const webhook = await tx.webhook.create({
      data: { url, events, secretEncrypted: encryptSecret(secret, ctx.config.ENCRYPTION_KEY) },
    });
    await recordAudit(tx, {
      action: 'CREATE',
      entity: 'Webhook',
      entityId: webhook.id,
      actorId,
      after: auditable(webhook),
    });
    return { webhook, secret };
  });
}

export async function updateWebhook(
  ctx: WebhookServiceContext,
  id: number,
  input: { url?: string | null; events?: readonly DomainEventKind[] | null; isActive?: boolean | null },
): Promise<Webhook> {
  const actorId = requireAdmin(ctx);
  const url = input.url == null ? undefined : await checkUrl(ctx, input.url);
  const events = input.events == null ? undefined : checkEvents(input.events);
  return inTransaction(ctx.prisma, async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('Webhook', id);
    const after = await tx.webhook.update({
      where: { id },
      data: {
        ...(url ? { url } : {}),
        ...(events ? { events } : {}),
        ...(input.isActive == null ? {} : { isActive: input.isActive }),
      },
    });
    await recordAudit(tx, {
      action: 'UPDATE',
      entity: 'Webhook',
      entityId: id,
      actorId,
      before: auditable(before),
      after: auditable(after),
    });
    return after;
  });
}

/** Deletes the webhook and its deliveries. */
export async function deleteWebhook(ctx: ServiceContext, id: number): Promise<void> {
  const actorId = requireAdmin(ctx);
  await inTransaction(ctx.prisma, async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw new NotFoundError('Webhook', id);
    await tx.webhook.delete({ where: { id } });
    await recordAudit(tx, { action: 'DELETE', entity: 'Webhook', entityId: id, actorId, before: auditable(before) });
  });
}

/** Delivers the same event (same event id) again now; the delivery goes back to PENDING. */
export async function redeliverWebhook(ctx: ServiceContext, deliveryId: number): Promise<WebhookDelivery> {
  requireAdmin(ctx);
  return inTransaction(ctx.prisma, async (tx) => {
    const locked = await tx.$queryRaw<
      Array<{ id: number }>
    >`SELECT id FROM webhook_deliveries WHERE id = ${deliveryId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError('WebhookDelivery', deliveryId);
    const delivery = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'PENDING', deliveredAt: null },
    });
    await tx.$executeRaw`SELECT ${deliveryJobSql(deliveryId, 1, 0)}`;
    return delivery;
  });
}
