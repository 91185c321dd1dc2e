import { createHmac } from 'node:crypto';
import { Prisma } from '../db/prisma.js';
import { deliveryJobSql, WEBHOOK_DELIVER_TASK } from './queue.js';
import { EVENT_TASKS } from '../events/catalog.js';
import { decryptSecret } from '../lib/crypto.js';
import { webhookUrlProblem } from '../lib/public-url.js';
import { loadEvent } from './events.js';
import type { JobDeps, JobTask } from './worker.js';

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, as receivers verify it. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Delay before attempt `next` (2, 3, …): WEBHOOK_RETRY_BASE_MS doubled per attempt. */
export function retryDelayMs(baseMs: number, next: number): number {
  return baseMs * 2 ** (next - 2);
}

interface DeliveryPayload {
  deliveryId: number;
  attempt: number;
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function post(deps: JobDeps, url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  const problem = await webhookUrlProblem(url, deps.config.WEBHOOK_ALLOW_PRIVATE);
  if (problem) return { ok: false, status: null, error: `URL refused (${problem})` };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.config.WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const reason =
      name === 'TimeoutError' ? `no answer within ${deps.config.WEBHOOK_TIMEOUT_MS} ms` : 'connection failed';
    return { ok: false, status: null, error: reason };
  }
}

/**
 * Webhooks: the fan-out job creates one delivery per active webhook
 * subscribed to the event's kind, and each delivery is a chain of attempts
 * (its own jobs): a signed POST of { id, kind, occurredAt, data }; a 2xx
 * within WEBHOOK_TIMEOUT_MS succeeds, anything else is retried after
 * WEBHOOK_RETRY_BASE_MS × 2^(n-1) until WEBHOOK_MAX_ATTEMPTS, then FAILED.
 * Every attempt updates the delivery row; the event id never changes.
 */
export const webhookTasks: Record<string, JobTask> = {
  [EVENT_TASKS.webhooks]: async (payload, { prisma }) => {
    const event = await loadEvent(prisma, payload);
    if (!event) return;
    await prisma.$executeRaw`
      WITH created AS (
        INSERT INTO webhook_deliveries (webhook_id, event_id, event)
        SELECT w.id, ${event.id}::uuid, ${event.kind}::"DomainEventKind"
        FROM webhooks w
        WHERE w.is_active AND ${event.kind}::"DomainEventKind" = ANY (w.events)
        ON CONFLICT (webhook_id, event_id) DO NOTHING
        RETURNING id
      )
      SELECT ${deliveryJobSql(Prisma.sql`created.id`, 1, 0)} FROM created`;
  },
  [WEBHOOK_DELIVER_TASK]: async (payload, deps) => {
    const { deliveryId, attempt } = payload as DeliveryPayload;
    const { prisma, config } = deps;
    const delivery = await prisma.webhookDelivery.findUnique({
      where: { id: deliveryId },
      include: { webhook: true, domainEvent: true },
    });
    if (!delivery || delivery.status === 'SUCCEEDED') return;
    const body = JSON.stringify({
      id: delivery.eventId,
      kind: delivery.event,
      occurredAt: delivery.domainEvent.occurredAt.toISOString(),
      data: delivery.domainEvent.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const secret = decryptSecret(delivery.webhook.secretEncrypted, config.ENCRYPTION_KEY);
    const outcome = delivery.webhook.isActive
      ? await post(
          deps,
          delivery.webhook.url,
          {
            'content-type': 'application/json',
            'user-agent': 'commerce-graphql-webhooks/1',
            'x-webhook-id': delivery.eventId,
            'x-webhook-event': delivery.event,
            'x-webhook-timestamp': String(timestamp),
            'x-webhook-signature': webhookSignature(secret, timestamp, body),
          },
          body,
        )
      : ({ ok: false, status: null, error: 'webhook deactivated' } as const);
    const retry = !outcome.ok && delivery.webhook.isActive && attempt < config.WEBHOOK_MAX_ATTEMPTS;
    await prisma.$transaction(async (tx) => {
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          attempts: { increment: 1 },
          responseStatus: outcome.status,
          lastError: outcome.ok ? null : outcome.error.slice(0, 500),
          status: outcome.ok ? 'SUCCEEDED' : retry ? 'PENDING' : 'FAILED',
          deliveredAt: outcome.ok ? new Date() : null,
        },
      });
      if (retry) {
        await tx.$executeRaw`SELECT ${deliveryJobSql(deliveryId, attempt + 1, retryDelayMs(config.WEBHOOK_RETRY_BASE_MS, attempt + 1))}`;
      }
    });
  },
};
