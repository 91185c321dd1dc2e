import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { parseLsn } from '../../src/db/replicas.js';

const run = promisify(execFile);

/** A primary and a streaming standby of its own (initdb + pg_basebackup -R), on free ports under the temp folder. */
export interface ReplicatedCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** Waits until the standby has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  close(): Promise<void>;
}

function binDir(): string | null {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** Why this machine cannot run the cluster, or null when it can. */
export function replicationUnavailable(): string | null {
  const bin = binDir();
  if (!bin || !existsSync(join(bin, 'initdb')) || !existsSync(join(bin, 'pg_basebackup')))
    return 'no PostgreSQL server binaries (pg_config --bindir)';
  if (process.getuid?.() === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root without a postgres user for initdb';
    }
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

export async function startReplicatedCluster(database = 'shop'): Promise<ReplicatedCluster> {
  const bin = binDir()!;
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: the clusters belong to the postgres user then.
  const pgTool = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]) : run(join(bin, tool), args);
  const base = mkdtempSync(join(tmpdir(), 'commerce-replication-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(base, uid, gid);
  }
  const primaryDir = join(base, 'primary');
  const replicaDir = join(base, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const serverOptions = (port: number) =>
    `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=60`;
  const start = (dir: string, port: number) =>
    pgTool('pg_ctl', ['-D', dir, '-l', `${dir}.log`, '-w', '-t', '60', '-o', serverOptions(port), 'start']);
  const stop = (dir: string) => pgTool('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).catch(() => {});

  await pgTool('initdb', [
    '-D',
    primaryDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  await start(primaryDir, primaryPort);
  const primaryUrl = `postgresql://postgres@127.0.0.1:${primaryPort}/${database}`;
  const replicaUrl = `postgresql://postgres@127.0.0.1:${replicaPort}/${database}`;
  try {
    await query(`postgresql://postgres@127.0.0.1:${primaryPort}/postgres`, `CREATE DATABASE ${database}`);
    await pgTool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
      '--no-sync',
    ]);
    await start(replicaDir, replicaPort);
  } catch (error) {
    await stop(primaryDir);
    rmSync(base, { recursive: true, force: true });
    throw error;
  }

  return {
    primaryUrl,
    replicaUrl,
    async caughtUp(timeoutMs = 20_000) {
      const [row] = await query<{ lsn: string }>(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
      const target = parseLsn(row!.lsn);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await query<{ replayed: string }>(
          replicaUrl,
          'SELECT pg_last_wal_replay_lsn()::text AS replayed',
        );
        if (parseLsn(row!.replayed) >= target) return;
        if (Date.now() > deadline) throw new Error('the replica did not catch up');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async pauseReplay() {
      await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
    },
    async resumeReplay() {
      await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
    },
    async stopReplica() {
      await stop(replicaDir);
    },
    async startReplica() {
      await start(replicaDir, replicaPort);
    },
    async close() {
      await stop(replicaDir);
      await stop(primaryDir);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
