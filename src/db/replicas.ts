import type pg from 'pg';
import { createPool, type PoolOptions } from './pool.js';
import { createPrismaClient, type PrismaClient } from './prisma.js';

export interface ReplicaStatus {
  /** The replica's position in the list (DATABASE_REPLICA_URLS), for logs and metric labels. */
  index: number;
  /** Host and port only: URLs carry passwords. */
  target: string;
  healthy: boolean;
  /** How far behind the primary the last check found it; null when it did not answer. */
  lagMs: number | null;
  /** Why it is skipped, when it is. */
  reason: 'down' | 'lagging' | 'not-a-standby' | 'unchecked' | null;
  checkedAt: number | null;
}

export interface Replica {
  readonly status: ReplicaStatus;
  /** What requests read through. */
  readonly pool: pg.Pool;
  readonly prisma: PrismaClient;
  readonly url: string;
  /** One connection of its own for the checks, so that a busy request pool cannot make a replica look down. */
  readonly monitor: pg.Pool;
}

export interface ReplicaSetOptions {
  urls: readonly string[];
  /** The primary, whose WAL position each replica is compared against. */
  primaryUrl: string;
  pool: Omit<PoolOptions, 'connectionString'>;
  /** As createPrismaClient's option of that name. */
  preparedStatements?: boolean;
  maxLagMs: number;
  checkIntervalMs: number;
  onChange?: (status: ReplicaStatus) => void;
}

interface WalSample {
  lsn: bigint;
  at: number;
}

/** A pg_lsn text ('16/B374D848') as a number that orders like the WAL. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) | BigInt(`0x${low}`);
}

function targetOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'replica';
  }
}

/**
 * Lag is measured in time, from WAL positions rather than replay timestamps
 * (those stop moving on an idle primary and would call a caught-up replica
 * late): each check samples the primary's current LSN, and a replica is as
 * far behind as the oldest sample it has not replayed yet is old. The
 * estimate is low by at most one check interval; READ_YOUR_WRITES_MS covers
 * that (config.ts demands it be ≥ max lag + 2 intervals).
 */
export function lagOf(replayed: bigint, samples: readonly WalSample[], now: number): number {
  const ahead = samples.find((sample) => sample.lsn > replayed);
  return ahead ? now - ahead.at : 0;
}

/**
 * The read replicas of DATABASE_REPLICA_URLS, each with its own pool and
 * Prisma client, and a monitor that checks every REPLICA_CHECK_INTERVAL_MS
 * whether each one answers, is a standby, and is within REPLICA_MAX_LAG_MS
 * of the primary. `pick()` hands out healthy ones in turn; none healthy
 * (or none checked yet) means reads stay on the primary.
 */
export class ReplicaSet {
  readonly replicas: Replica[];
  private readonly primary: pg.Pool;
  private samples: WalSample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private next = 0;
  private closed = false;

  constructor(private readonly options: ReplicaSetOptions) {
    const monitorPool = (connectionString: string) =>
      createPool({
        ...options.pool,
        connectionString,
        max: 1,
        connectionTimeoutMillis: Math.min(options.pool.connectionTimeoutMillis, 2_000),
        statementTimeoutMs: 2_000,
        applicationName: 'commerce-graphql:replica-monitor',
      });
    this.primary = monitorPool(options.primaryUrl);
    this.replicas = options.urls.map((url, index) => {
      const pool = createPool({ ...options.pool, connectionString: url });
      return {
        url,
        pool,
        monitor: monitorPool(url),
        prisma: createPrismaClient(pool, { preparedStatements: options.preparedStatements !== false }),
        status: { index, target: targetOf(url), healthy: false, lagMs: null, reason: 'unchecked', checkedAt: null },
      };
    });
  }

  /** Checks now, then every interval in the background. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkIntervalMs);
    this.timer.unref();
  }

  /** One round of checks (concurrent calls share it). */
  check(): Promise<void> {
    this.checking ??= this.runCheck().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  /** A healthy replica, round robin; null when reads must go to the primary. */
  pick(): Replica | null {
    const count = this.replicas.length;
    for (let step = 0; step < count; step += 1) {
      const replica = this.replicas[(this.next + step) % count]!;
      if (replica.status.healthy) {
        this.next = (this.next + step + 1) % count;
        return replica;
      }
    }
    return null;
  }

  statuses(): ReplicaStatus[] {
    return this.replicas.map((replica) => ({ ...replica.status }));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.checking?.catch(() => {});
    await Promise.all(
      this.replicas.map(async (replica) => {
        await replica.prisma.$disconnect();
        await replica.pool.end();
        await replica.monitor.end();
      }),
    );
    await this.primary.end();
  }

  private async runCheck(): Promise<void> {
    if (this.closed) return;
    const now = Date.now();
    try {
      const { rows } = await this.primary.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn');
      this.samples.push({ lsn: parseLsn(rows[0]!.lsn), at: now });
    } catch {
      // The primary is out of reach: requests fail on it anyway; keep the last verdicts.
      return;
    }
    // Samples older than the lag bound (plus slack) cannot change a verdict: a replica behind all of them is lagging.
    const horizon = now - (this.options.maxLagMs + 4 * this.options.checkIntervalMs);
    while (this.samples.length > 2 && this.samples[1]!.at < horizon) this.samples.shift();
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica)));
  }

  private async checkReplica(replica: Replica): Promise<void> {
    const previous = replica.status.reason;
    let lagMs: number | null = null;
    let reason: ReplicaStatus['reason'] = null;
    try {
      const { rows } = await replica.monitor.query<{ standby: boolean; replayed: string | null }>(
        'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed',
      );
      const row = rows[0]!;
      if (!row.standby || row.replayed === null) reason = 'not-a-standby';
      else {
        lagMs = lagOf(parseLsn(row.replayed), this.samples, Date.now());
        if (lagMs > this.options.maxLagMs) reason = 'lagging';
      }
    } catch {
      reason = 'down';
    }
    if (this.closed) return;
    Object.assign(replica.status, { healthy: reason === null, lagMs, reason, checkedAt: Date.now() });
    if (reason !== previous) this.options.onChange?.({ ...replica.status });
  }
}
