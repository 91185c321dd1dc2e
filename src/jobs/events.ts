import type { DomainEventEnvelope, EventKind, EventPayloads } from '../events/catalog.js';
import type { PrismaClient } from '../db/prisma.js';

/** The event a job was queued for ({ eventId }), or null when it is gone (e.g. cleaned up). */
export async function loadEvent<K extends EventKind>(
  prisma: PrismaClient,
  payload: unknown,
  kind?: K,
): Promise<DomainEventEnvelope<K> | null> {
  const eventId = (payload as { eventId?: unknown } | null)?.eventId;
  if (typeof eventId !== 'string') throw new Error('job payload has no eventId');
  const row = await prisma.domainEvent.findUnique({ where: { id: eventId } });
  if (!row || (kind && row.kind !== kind)) return null;
  return {
    id: row.id,
    kind: row.kind as K,
    occurredAt: row.occurredAt.toISOString(),
    data: row.payload as unknown as EventPayloads[K],
  };
}
