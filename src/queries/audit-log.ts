/** Read-side SQL for the audit log (admins only; checked by the caller). */
import { Prisma } from '../db/prisma.js';
import type { AuditAction } from '../generated/prisma/enums.js';
import { dateTimeFilterSql, equalsSql, sqlAnd, TRUE, type DateTimeFilterInput } from '../db/sql.js';
import type { KeysetList } from './keyset.js';

export interface AuditLogFilterInput {
  /** Exact entity name, e.g. "User". */
  entity?: string | null;
  entityId?: string | null;
  action?: AuditAction | null;
  /** Row id, already decoded. */
  actorId?: number | null;
  createdAt?: DateTimeFilterInput | null;
}

/** Newest first; ties by id. */
export function auditLogList(filter: AuditLogFilterInput | null | undefined): KeysetList {
  return {
    from: Prisma.sql`audit_logs a`,
    where: sqlAnd([
      equalsSql(Prisma.sql`a.entity`, filter?.entity),
      equalsSql(Prisma.sql`a.entity_id`, filter?.entityId),
      filter?.action == null ? TRUE : Prisma.sql`a.action = ${filter.action}::"AuditAction"`,
      filter?.actorId == null ? TRUE : Prisma.sql`a.actor_id = ${filter.actorId}::int`,
      dateTimeFilterSql(Prisma.sql`a.created_at`, filter?.createdAt),
    ]),
    id: Prisma.sql`a.id`,
    keys: [{ expr: Prisma.sql`a.created_at`, direction: 'DESC', type: 'timestamptz' }],
    sortName: 'auditLog:CREATED_AT:DESC',
  };
}
