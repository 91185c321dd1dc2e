import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProduct } from '../support/factories.js';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { OpsMetricsHealth, OpsShutdownProduct } from './support/operations.js';
import { waitFor } from './support/ops-server.js';
import { listeningPort, startMain } from './support/main-process.js';

const IN_FLIGHT = 8;
const DB_SHUTDOWNED = 1;

async function postGraphQL(port: number, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] },
  };
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('SIGTERM with a server database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  // Holds requests with a row lock while other connections work: needs a real server.
  it.skipIf(onEmbeddedDatabase())(
    'stops accepting, completes every request already accepted, and exits 0',
    { timeout: 120_000 },
    async () => {
      const product = await createProduct(db.prisma);
      const main = startMain({ DATABASE_URL: db.url, DB_POOL_SIZE: '10', SHUTDOWN_TIMEOUT_MS: '30000' });
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        const port = await listeningPort(main);
        // Keep the accepted requests in flight: their product lookups wait for this lock.
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE "products" IN ACCESS EXCLUSIVE MODE');
        const query = print(OpsShutdownProduct);
        const id = encodeGlobalID('Product', product.id);
        // Asked outside the locking transaction: pg_stat_activity is a snapshot frozen for the rest of a transaction.
        const waitingOnLock = async () => {
          const { rows } = await db.pool.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return rows[0]!.waiting;
        };
        // One at a time, so that each is surely accepted and blocked (Prisma would batch simultaneous lookups into one statement).
        const requests: Array<ReturnType<typeof postGraphQL>> = [];
        for (let i = 1; i <= IN_FLIGHT; i += 1) {
          const request = postGraphQL(port, query, { id });
          request.catch(() => {});
          requests.push(request);
          await waitFor(async () => (await waitingOnLock()) === i, `request ${i} to wait on the lock`);
        }

        main.child.kill('SIGTERM');
        await main.waitForLine((line) => line.msg.startsWith('shutting down'), 'the shutdown to start');
        expect(await connectionRefused(port)).toBe(true);
        await locker.query('COMMIT');

        const responses = await Promise.all(requests);
        for (const response of responses) {
          expect(response.status).toBe(200);
          expect(response.body).toEqual({ data: { node: { sku: product.sku } } });
        }
        expect(await main.exited).toBe(0);
        const lines = main.lines();
        expect(lines.find((line) => line.msg.startsWith('shutting down'))).toMatchObject({ inFlight: IN_FLIGHT });
        expect(
          lines.filter((line) => line.msg === 'request' && line['operation'] === 'OpsShutdownProduct'),
        ).toHaveLength(IN_FLIGHT);
        expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
        expect(lines.some((line) => line.level >= 50)).toBe(false);
      } finally {
        await locker.query('ROLLBACK').catch(() => {});
        await locker.end();
        main.child.kill('SIGKILL');
      }
    },
  );
});

describe('SIGTERM with requests stuck past SHUTDOWN_TIMEOUT_MS', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it.skipIf(onEmbeddedDatabase())(
    'cancels their statements (rolled back) and exits within the timeout',
    { timeout: 120_000 },
    async () => {
      const product = await createProduct(db.prisma, { stockQuantity: 50 });
      const main = startMain({ DATABASE_URL: db.url, DB_POOL_SIZE: '10', SHUTDOWN_TIMEOUT_MS: '3000' });
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        const port = await listeningPort(main);
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE "products" IN ACCESS EXCLUSIVE MODE');
        const id = encodeGlobalID('Product', product.id);
        const requests = Array.from({ length: 3 }, () =>
          postGraphQL(port, print(OpsShutdownProduct), { id }).catch(() => null),
        );
        await waitFor(async () => {
          const { rows } = await db.pool.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          return rows[0]!.waiting >= 1;
        }, 'a request to wait on the lock');
        const started = Date.now();
        main.child.kill('SIGTERM');
        expect(await main.exited).toBe(0);
        expect(Date.now() - started).toBeLessThan(3000 + 4000);
        await Promise.all(requests);
        expect(main.lines().some((line) => line.msg === 'shutdown timeout: cancelled the running statements')).toBe(
          true,
        );
        // Nothing of ours is left waiting on the lock.
        const { rows } = await db.pool.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        expect(rows[0]!.waiting).toBe(0);
      } finally {
        await locker.query('ROLLBACK').catch(() => {});
        await locker.end();
        main.child.kill('SIGKILL');
      }
    },
  );
});

describe('SIGTERM with clients on kept-alive connections', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('answers every request that reached it: none is reset unanswered', { timeout: 120_000 }, async () => {
    const main = startMain({ DATABASE_URL: db.url, DB_POOL_SIZE: '4', SHUTDOWN_TIMEOUT_MS: '10000' });
    const agent = new Agent({ keepAlive: true, maxSockets: 6 });
    try {
      const port = await listeningPort(main);
      const body = JSON.stringify({ query: print(OpsMetricsHealth) });
      const send = () =>
        new Promise<number>((resolve, reject) => {
          const request = httpRequest(
            {
              host: '127.0.0.1',
              port,
              path: '/graphql',
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json' },
            },
            (response) => {
              response.resume();
              response.on('end', () => resolve(response.statusCode ?? 0));
            },
          );
          request.on('error', reject);
          request.end(body);
        });
      const resets: string[] = [];
      let answered = 0;
      let stop = false;
      const client = async () => {
        while (!stop) {
          try {
            expect(await send()).toBe(200);
            answered += 1;
          } catch (error) {
            const code = (error as NodeJS.ErrnoException).code ?? String(error);
            // A new connection refused after the listener closed was never accepted; anything else was lost.
            if (code === 'ECONNREFUSED') return;
            resets.push(code);
            return;
          }
        }
      };
      const clients = Array.from({ length: 6 }, client);
      await waitFor(() => answered >= 60, 'traffic on kept-alive connections');
      main.child.kill('SIGTERM');
      await main.exited;
      stop = true;
      await Promise.all(clients);
      expect(resets).toEqual([]);
    } finally {
      agent.destroy();
      main.child.kill('SIGKILL');
    }
  });
});

describe('SIGTERM with the embedded database', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'commerce-ops-shutdown-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true, maxRetries: 10 }));

  it('under load finishes the answered requests, exits 0 and leaves a data folder that opens cleanly', {
    timeout: 180_000,
  }, async () => {
    const main = startMain({ DATABASE_URL: '', DATA_DIR: dataDir, SHUTDOWN_TIMEOUT_MS: '30000' });
    try {
      const port = await listeningPort(main);
      const query = print(OpsMetricsHealth);
      const statuses: number[] = [];
      let stop = false;
      const worker = async () => {
        while (!stop) {
          try {
            const response = await postGraphQL(port, query);
            statuses.push(response.status);
            expect(response.body).toEqual({ data: { health: { status: 'ok' } } });
          } catch (error) {
            // After SIGTERM the server refuses new connections; that is how a worker learns to stop.
            if (!(error instanceof TypeError)) throw error;
            stop = true;
          }
        }
      };
      const workers = Array.from({ length: 6 }, worker);
      await waitFor(() => statuses.length >= 30, 'some load', 60_000);
      main.child.kill('SIGTERM');
      await Promise.all(workers);
      expect(statuses.every((status) => status === 200)).toBe(true);
      expect(await main.exited).toBe(0);
      expect(main.lines().at(-1)).toMatchObject({ msg: 'stopped' });
    } finally {
      main.child.kill('SIGKILL');
    }

    // pg_control's state (after system_identifier, pg_control_version and catalog_version_no): 1 = shut down
    // cleanly; a killed PGlite leaves 6 (in production) and loses its recent writes.
    const control = readFileSync(join(dataDir, 'pglite', 'global', 'pg_control'));
    expect(control.readInt32LE(16)).toBe(DB_SHUTDOWNED);

    const reopened = await PGlite.create({ dataDir: join(dataDir, 'pglite'), extensions: { pg_trgm } });
    try {
      const { rows } = await reopened.query<{ applied: number }>(
        `SELECT count(*)::int AS applied FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      );
      expect(rows[0]!.applied).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
  });
});

describe('SIGTERM while the embedded database starts', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'commerce-ops-startup-stop-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true, maxRetries: 10 }));

  it('finishes starting the database, then closes it cleanly and exits 0', { timeout: 180_000 }, async () => {
    const main = startMain({ DATABASE_URL: '', DATA_DIR: dataDir });
    try {
      await main.waitForLine((line) => line.msg.startsWith('applied '), 'the first migration', 120_000);
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      const lines = main.lines();
      expect(lines.some((line) => line.msg === 'will stop once the embedded database has started')).toBe(true);
      expect(lines.some((line) => line.msg === 'server ready')).toBe(false);
      expect(lines.at(-1)).toMatchObject({ msg: 'stopped' });
    } finally {
      main.child.kill('SIGKILL');
    }
    const control = readFileSync(join(dataDir, 'pglite', 'global', 'pg_control'));
    expect(control.readInt32LE(16)).toBe(DB_SHUTDOWNED);
  });
});
