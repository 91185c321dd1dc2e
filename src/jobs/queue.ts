import { Prisma } from '../db/prisma.js';

/**
 * Job names and the SQL that queues them (graphile-worker's add_job), for
 * services that queue work in their own transaction. Imports nothing above
 * the database layer, so services and jobs can both use it.
 */
export const WEBHOOK_DELIVER_TASK = 'webhook_deliver';
export const EXPORT_TASK = 'report_export';

/**
 * Queues attempt `attempt` of a webhook delivery, `delayMs` from now.
 * Attempts are jobs of their own (max_attempts 1): the delivery row, not
 * graphile-worker, counts them, so the schedule is ours and a redelivery
 * starts a fresh chain.
 */
export function deliveryJobSql(deliveryId: Prisma.Sql | number, attempt: number, delayMs: number): Prisma.Sql {
  return Prisma.sql`graphile_worker.add_job(
    identifier => ${WEBHOOK_DELIVER_TASK}::text,
    payload => json_build_object('deliveryId', (${deliveryId})::int, 'attempt', ${attempt}::int),
    run_at => now() + make_interval(secs => ${delayMs / 1000}::double precision),
    max_attempts => 1
  )`;
}

/** Queues an export; retried when a stopping worker hands it back. */
export function exportJobSql(exportId: number, attempts: number): Prisma.Sql {
  return Prisma.sql`graphile_worker.add_job(
    identifier => ${EXPORT_TASK}::text,
    payload => json_build_object('exportId', ${exportId}::int),
    max_attempts => ${attempts}::int,
    job_key => ${`${EXPORT_TASK}:${exportId}`}::text
  )`;
}
