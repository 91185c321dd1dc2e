import { randomUUID } from 'node:crypto';
import type { Prisma } from '../db/prisma.js';
import { EVENT_HANDLERS, entityIdOf, type EventKind, type EventPayloads } from './catalog.js';
import { noteEmitted } from './emitted.js';

type Transaction = Prisma.TransactionClient;

/** graphile-worker retries a job this many times (exponential backoff, about 2.7 s × e^n). */
export const EVENT_JOB_MAX_ATTEMPTS = 10;

/**
 * Writes a domain event in the caller's transaction and, in the same
 * transaction, one graphile-worker job per handler of its kind (keyed by
 * handler and event id, so each runs once across any number of workers),
 * all in one add_jobs call (one call per job costs several times more).
 * Returns the event id.
 */
export async function emitEvent<K extends EventKind>(
  tx: Transaction,
  kind: K,
  payload: EventPayloads[K],
): Promise<string> {
  const id = randomUUID();
  const tasks = EVENT_HANDLERS[kind](payload as never);
  noteEmitted(kind, [payload]);
  await tx.$executeRaw`
    WITH event AS (
      INSERT INTO domain_events (id, kind, entity_id, payload)
      VALUES (${id}::uuid, ${kind}::"DomainEventKind", ${entityIdOf(kind, payload)}, ${JSON.stringify(payload)}::jsonb)
      RETURNING id
    )
    SELECT graphile_worker.add_jobs(
      array(SELECT outbox_job(task, event.id, ${EVENT_JOB_MAX_ATTEMPTS}::int) FROM unnest(${tasks}::text[]) AS task)
    )
    FROM event`;
  return id;
}

/** Several events of one kind in one statement (bulk changes: imports, price updates). */
export async function emitEvents<K extends EventKind>(
  tx: Transaction,
  kind: K,
  payloads: readonly EventPayloads[K][],
): Promise<string[]> {
  if (payloads.length === 0) return [];
  const events = payloads.map((payload) => ({
    id: randomUUID(),
    entityId: entityIdOf(kind, payload),
    payload,
    tasks: EVENT_HANDLERS[kind](payload as never),
  }));
  noteEmitted(kind, payloads);
  await tx.$executeRaw`
    WITH input AS (
      SELECT (e->>'id')::uuid AS id, (e->>'entityId')::int AS entity_id, e->'payload' AS payload, e->'tasks' AS tasks
      FROM jsonb_array_elements(${JSON.stringify(events)}::jsonb) AS e
    ), inserted AS (
      INSERT INTO domain_events (id, kind, entity_id, payload)
      SELECT id, ${kind}::"DomainEventKind", entity_id, payload FROM input
      RETURNING id
    )
    SELECT graphile_worker.add_jobs(array(
      SELECT outbox_job(task, input.id, ${EVENT_JOB_MAX_ATTEMPTS}::int)
      FROM inserted JOIN input USING (id), jsonb_array_elements_text(input.tasks) AS task
    ))`;
  return events.map((event) => event.id);
}
