import type { PrismaClient } from '../db/prisma.js';
import { isTransientConflict } from '../lib/db-errors.js';
import type { Transaction } from './audit.js';

export interface TransactionOptions {
  /** Wait for a connection (ms); Prisma's default is 2 s. */
  maxWait?: number;
  /** Longest the transaction may run (ms); Prisma's default is 5 s. */
  timeout?: number;
  /** Runs of the whole transaction when it loses a deadlock or serialization race (default 4). */
  attempts?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 10–30 ms, 20–60 ms, 40–120 ms …: jittered so that the racers do not collide again. */
export function backoffMs(attempt: number): number {
  const base = 10 * 2 ** (attempt - 1);
  return base + Math.random() * base * 2;
}

/**
 * Runs `work` again, after a jittered backoff, when it failed with a deadlock
 * or serialization failure; any other error, or the last attempt's, is thrown.
 */
export async function retryingConflicts<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isTransientConflict(error)) throw error;
      await sleep(backoffMs(attempt));
    }
  }
}

/**
 * The one way services open a transaction: `work` gets the transaction
 * client (pass it down; never use the outer client inside), and the whole
 * transaction is re-run when PostgreSQL picks it as a deadlock or
 * serialization victim, so callers never see a lost race as an error.
 */
export function inTransaction<T>(
  prisma: PrismaClient,
  work: (tx: Transaction) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const { attempts, ...prismaOptions } = options;
  return retryingConflicts(() => prisma.$transaction(work, prismaOptions), attempts);
}
