import { Prisma } from '../db/prisma.js';

/** The PostgreSQL error behind a Prisma error (driver adapter), if any. */
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
