/** Read-side SQL for report exports and webhook deliveries (admins only; checked by the caller). */
import { Prisma } from '../db/prisma.js';
import type { JobStatus } from '../generated/prisma/enums.js';
import type { ChildKeysetList, KeysetList } from './keyset.js';

/** Newest first; ties by id. */
export function reportExportList(status: JobStatus | null | undefined): KeysetList {
  return {
    from: Prisma.sql`report_exports e`,
    where: status ? Prisma.sql`e.status = ${status}::"JobStatus"` : Prisma.sql`TRUE`,
    id: Prisma.sql`e.id`,
    keys: [{ expr: Prisma.sql`e.created_at`, direction: 'DESC', type: 'timestamptz' }],
    sortName: 'reportExports:CREATED_AT:DESC',
  };
}

/** A webhook's deliveries, newest first; ties by id. */
export function webhookDeliveryList(): ChildKeysetList {
  return {
    from: Prisma.sql`webhook_deliveries d`,
    where: Prisma.sql`TRUE`,
    parent: Prisma.sql`d.webhook_id`,
    id: Prisma.sql`d.id`,
    keys: [{ expr: Prisma.sql`d.created_at`, direction: 'DESC', type: 'timestamptz' }],
    sortName: 'webhookDeliveries:CREATED_AT:DESC',
  };
}
