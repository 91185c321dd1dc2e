import pg from 'pg';
import { Prisma } from '../db/prisma.js';

/** The PostgreSQL error behind a Prisma error (driver adapter) or raised by pg itself (rawSqlOf), if any. */
export interface DatabaseErrorInfo {
  /** SQLSTATE, e.g. 23505 (unique), 23503 (foreign key), 23514 (check). */
  sqlState: string;
  /** The violated constraint or index, when PostgreSQL names it. */
  constraint: string | undefined;
}

interface AdapterCause {
  originalCode?: unknown;
  code?: unknown;
  constraint?: { index?: unknown; fields?: unknown };
  originalMessage?: unknown;
  message?: unknown;
}

const CONSTRAINT_IN_MESSAGE = /constraint "([^"]+)"/;

export function databaseErrorOf(error: unknown): DatabaseErrorInfo | null {
  if (error instanceof pg.DatabaseError) return { sqlState: error.code ?? '', constraint: error.constraint };
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  if (!cause) return null;
  const sqlState = String(cause.originalCode ?? cause.code ?? '');
  const named = cause.constraint?.index;
  const message = String(cause.originalMessage ?? cause.message ?? '');
  const constraint = typeof named === 'string' ? named : CONSTRAINT_IN_MESSAGE.exec(message)?.[1];
  return { sqlState, constraint };
}

export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  numericOutOfRange: '22003',
} as const;

/** Prisma's "record to update/delete does not exist". */
export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025';
}

/** Every object an error wraps (cause, originalError, Prisma's driver adapter error), the error first. */
export function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    yield record;
    const meta = record['meta'] as { driverAdapterError?: unknown } | undefined;
    queue.push(record['cause'], record['originalError'], meta?.driverAdapterError);
  }
}

/** SQLSTATEs (and Prisma codes) anywhere in an error's chain. */
export function errorCodesIn(error: unknown): string[] {
  const codes: string[] = [];
  for (const record of errorChain(error)) {
    for (const key of ['originalCode', 'code']) {
      const code = record[key];
      if (typeof code === 'string') codes.push(code);
    }
  }
  return codes;
}

/**
 * A deadlock (40P01) or serialization failure (40001; Prisma's P2034): the
 * transaction lost a race and may simply be run again.
 */
export function isTransientConflict(error: unknown): boolean {
  return errorCodesIn(error).some((code) => code === '40P01' || code === '40001' || code === 'P2034');
}
