import type { Prisma } from '../db/prisma.js';
import type { ActivityKind, AuditAction } from '../generated/prisma/enums.js';

export type Transaction = Prisma.TransactionClient;

/** Columns that never reach the audit log, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'taxId', 'taxIdEncrypted']);
/** Bookkeeping columns that would only add noise to a change record. */
const IGNORED_FIELDS = new Set(['updatedAt']);

type Row = Record<string, unknown>;

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && 'toFixed' in value && typeof value.toFixed === 'function') {
    return (value as { toFixed(digits: number): string }).toFixed(2);
  }
  return value ?? null;
}

/**
 * `{ field: { old, new } }` for every field whose value differs between the
 * two rows (CREATE: before is null; DELETE: after is null), secrets left out.
 */
export function diffRows(before: Row | null, after: Row | null): Record<string, { old: unknown; new: unknown }> {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  for (const field of fields) {
    if (SECRET_FIELDS.has(field) || IGNORED_FIELDS.has(field)) continue;
    const oldValue = comparable(before?.[field]);
    const newValue = comparable(after?.[field]);
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) changes[field] = { old: oldValue, new: newValue };
  }
  return changes;
}

export interface AuditEntry {
  action: AuditAction;
  entity: string;
  entityId: string | number;
  actorId: number | null | undefined;
  before?: Row | null;
  after?: Row | null;
  /** Extra facts about the change (e.g. cascade counts); merged under `_meta`. */
  meta?: Record<string, unknown>;
}

/** The row an entry writes; null for an UPDATE that changed nothing. */
function auditRow(entry: AuditEntry): Prisma.AuditLogCreateManyInput | null {
  const changes: Record<string, unknown> = diffRows(entry.before ?? null, entry.after ?? null);
  if (entry.action === 'UPDATE' && Object.keys(changes).length === 0 && !entry.meta) return null;
  if (entry.meta) changes['_meta'] = entry.meta;
  return {
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    changes: changes as Prisma.InputJsonObject,
    actorId: entry.actorId ?? null,
  };
}

/**
 * Writes one audit entry inside the caller's transaction, so the record
 * exists exactly when the change does. An UPDATE that changed nothing writes
 * nothing and returns false.
 */
export async function recordAudit(tx: Transaction, entry: AuditEntry): Promise<boolean> {
  const row = auditRow(entry);
  if (row) await tx.auditLog.create({ data: row });
  return row !== null;
}

/** Several entries in one statement (bulk changes); entries that changed nothing are left out. Returns how many were written. */
export async function recordAudits(tx: Transaction, entries: readonly AuditEntry[]): Promise<number> {
  const data = entries.map(auditRow).filter((row) => row !== null);
  if (data.length > 0) await tx.auditLog.createMany({ data });
  return data.length;
}

export async function recordActivity(
  tx: Transaction,
  userId: number,
  kind: ActivityKind,
  metadata?: Record<string, unknown>,
): Promise<void> {
  await tx.userActivity.create({
    data: { userId, kind, ...(metadata ? { metadata: metadata as Prisma.InputJsonObject } : {}) },
  });
}
