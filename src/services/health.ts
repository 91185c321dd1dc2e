import type { PrismaClient } from '../db/prisma.js';
import { VERSION } from '../version.js';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: boolean;
  version: string;
}

/** Whether the database answers a trivial statement within `timeoutMs`. */
export async function databaseReachable(prisma: PrismaClient, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const ping = prisma.$queryRaw`SELECT 1`.then(
      () => true,
      () => false,
    );
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkHealth(prisma: PrismaClient, timeoutMs = 2_000): Promise<HealthReport> {
  const database = await databaseReachable(prisma, timeoutMs);
  return { status: database ? 'ok' : 'degraded', database, version: VERSION };
}
