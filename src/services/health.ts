import type { PrismaClient } from '../db/prisma.js';
import { VERSION } from '../version.js';

export const DEFAULT_READY_TIMEOUT_MS = 2_000;

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: boolean;
  version: string;
  /** Why the database counts as down (for logs; not part of the API). */
  failure?: string;
}

/** Prisma's messages span lines and start with the call site; keep what explains the failure, on one line. */
function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Invalid `.*` invocation/.test(line));
  return lines.join(' ') || message.trim();
}

export type DatabaseProbe = { ok: true } | { ok: false; failure: string };

/** Whether the database answers a trivial statement within `timeoutMs`, and if not, why. */
export async function probeDatabase(prisma: PrismaClient, timeoutMs: number): Promise<DatabaseProbe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseProbe>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, failure: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const ping = prisma.$queryRaw`SELECT 1`.then(
      (): DatabaseProbe => ({ ok: true }),
      (error: unknown): DatabaseProbe => ({ ok: false, failure: failureText(error) }),
    );
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What both /ready and the `health` query report, so that the two always agree. */
export async function checkHealth(prisma: PrismaClient, timeoutMs = DEFAULT_READY_TIMEOUT_MS): Promise<HealthReport> {
  const probe = await probeDatabase(prisma, timeoutMs);
  return probe.ok
    ? { status: 'ok', database: true, version: VERSION }
    : { status: 'degraded', database: false, version: VERSION, failure: probe.failure };
}
