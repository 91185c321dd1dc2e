import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Viewer } from '../../src/auth/viewer.js';
import { migrate } from '../../src/db/migrator.js';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient, type PrismaClient } from '../../src/db/prisma.js';
import { listeningPort, startMain, type MainProcess } from '../ops/support/main-process.js';
import { waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createProduct, createUser, DEFAULT_PASSWORD } from '../support/factories.js';
import { replicationUnavailable, startReplicatedCluster, type ReplicatedCluster } from '../support/replication.js';
import { readEvents } from '../support/sse.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

/**
 * The production topology in miniature: two API processes and one worker
 * process on one PostgreSQL primary with a streaming replica, and Redis.
 * Every instance also runs in-process jobs, so three workers compete.
 */

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const JWT_SECRET = 'cluster-secret-cluster-secret-0123456789';

type Body<T> = { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };

async function post<T>(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Body<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Body<T>;
}

async function ok<T>(port: number, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const body = await post<T>(port, query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId } }`;
const Price = `query($id: ID!) { product(id: $id) { price } }`;

describe.skipIf(onEmbeddedDatabase() || replicationUnavailable() !== null)(
  'two API instances, a worker, a replica and Redis',
  () => {
    let cluster: ReplicatedCluster;
    let pool: pg.Pool;
    let prisma: PrismaClient;
    let one: MainProcess;
    let two: MainProcess;
    let worker: MainProcess;
    let portOne = 0;
    let portTwo = 0;
    let adminToken: string;
    let customer: { id: number; username: string };
    let customerToken: string;
    let product: { id: number };
    const dataDir = mkdtempSync(join(tmpdir(), 'commerce-cluster-'));
    const deliveries: Array<{ id: string; event: string }> = [];
    let receiver: Server;
    let receiverPort = 0;

    const token = async (viewer: Viewer) => (await signToken(viewer, JWT_SECRET, 3600)).token;

    beforeAll(async () => {
      cluster = await startReplicatedCluster();
      await migrate(cluster.primaryUrl);
      pool = createPool({
        connectionString: cluster.primaryUrl,
        max: 4,
        connectionTimeoutMillis: 10_000,
        idleTimeoutMillis: 10_000,
        statementTimeoutMs: 0,
      });
      prisma = createPrismaClient(pool);
      const admin = await createAdmin(prisma);
      adminToken = await token({ userId: admin.id, role: 'ADMIN' });
      customer = await createUser(prisma);
      customerToken = await token({ userId: customer.id, role: 'CUSTOMER' });
      product = await createProduct(prisma, { price: '10.00', stockQuantity: 1_000 });

      receiver = createHttpServer((request, response) => {
        request.resume();
        request.on('end', () => {
          deliveries.push({
            id: String(request.headers['x-webhook-id']),
            event: String(request.headers['x-webhook-event']),
          });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      receiverPort = (receiver.address() as { port: number }).port;

      const prefix = `cluster:${randomBytes(4).toString('hex')}:`;
      const env = {
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        DATABASE_URL: cluster.primaryUrl,
        DATABASE_REPLICA_URLS: cluster.replicaUrl,
        REDIS_URL,
        REDIS_PREFIX: prefix,
        RESPONSE_CACHE: 'true',
        RESPONSE_CACHE_PREFIX: `${prefix}rc:`,
        JWT_SECRET,
        ENCRYPTION_KEY: 'cd'.repeat(32),
        DATA_DIR: dataDir,
        LOGIN_RATE_LIMIT: '3',
        WORKER_POLL_INTERVAL_MS: '200',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_RETRY_BASE_MS: '200',
        CLEANUP_CRON: '',
        CONSISTENCY_CRON: '',
        SHUTDOWN_TIMEOUT_MS: '30000',
        DB_POOL_SIZE: '12',
      };
      one = startMain(env);
      two = startMain(env);
      worker = startMain(env, 'src/worker-main.ts');
      [portOne, portTwo] = await Promise.all([listeningPort(one), listeningPort(two)]);
      await worker.waitForLine((line) => line.msg === 'worker started', 'the worker to start', 120_000);
    }, 240_000);

    afterAll(async () => {
      for (const child of [one, two, worker]) child?.child.kill('SIGKILL');
      await Promise.all([one, two, worker].map((child) => child?.exited));
      await new Promise((resolve) => receiver?.close(resolve));
      await prisma?.$disconnect();
      await pool?.end();
      await cluster?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('a subscription on instance 2 receives an order placed through instance 1', async () => {
      const response = await fetch(`http://127.0.0.1:${portTwo}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          authorization: `Bearer ${adminToken}`,
        },
        body: JSON.stringify({ query: `subscription { orderEvents { kind order { rowId } } }` }),
      });
      const stream = readEvents(response);
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const placed = await ok<{ placeOrder: { rowId: number } }>(
          portOne,
          PlaceOrder,
          { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
          customerToken,
        );
        const event = await waitFor(
          () => stream.events.find((item) => JSON.stringify(item).includes(`"rowId":${placed.placeOrder.rowId}`)),
          'the order on instance 2',
        );
        expect(event).toEqual({ data: { orderEvents: { kind: 'PLACED', order: { rowId: placed.placeOrder.rowId } } } });
      } finally {
        stream.stop();
      }
    });

    it('a login lockout on one instance is seen by the other', async () => {
      const LogIn = `mutation($input: LogInInput!) { logIn(input: $input) { token } }`;
      const attempt = (port: number, password: string) =>
        post(port, LogIn, { input: { login: customer.username, password } });
      for (let n = 0; n < 3; n += 1) {
        const failed = await attempt(portOne, 'Wrong-password-1');
        expect(failed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      }
      const locked = await attempt(portTwo, DEFAULT_PASSWORD);
      expect(locked.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
      expect(locked.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThan(0);
    });

    it("a price change through one instance invalidates the other's cached answer", async () => {
      const id = encodeGlobalID('Product', product.id);
      const first = await post<{ product: { price: string } }>(portTwo, Price, { id });
      const second = await post<{ product: { price: string } }>(portTwo, Price, { id });
      expect(second.data).toEqual({ product: { price: '10.00' } });
      expect((second as { extensions?: { responseCache?: { hit?: boolean } } }).extensions?.responseCache?.hit).toBe(
        true,
      );
      expect(first.data).toEqual(second.data);
      await ok(
        portOne,
        `mutation($id: ID!) { updateProduct(id: $id, input: { price: "12.50" }) { price } }`,
        { id },
        adminToken,
      );
      // At once, not after a TTL: the mutation dropped the shared entry before it answered.
      expect((await post<{ product: { price: string } }>(portTwo, Price, { id })).data).toEqual({
        product: { price: '12.50' },
      });
    });

    it('each job runs once across the three workers', async () => {
      await ok(
        portOne,
        `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`,
        {
          input: { url: `http://127.0.0.1:${receiverPort}/hook`, events: ['ORDER_PLACED'] },
        },
        adminToken,
      );
      const orders = 10;
      const placed = await Promise.all(
        Array.from({ length: orders }, (_, n) =>
          ok<{ placeOrder: { rowId: number } }>(
            n % 2 === 0 ? portOne : portTwo,
            PlaceOrder,
            { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
            customerToken,
          ),
        ),
      );
      expect(placed).toHaveLength(orders);
      await waitFor(() => deliveries.length >= orders, 'a delivery per order', 30_000);
      // Time for a duplicate to show up, if a second worker took the same job.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(deliveries).toHaveLength(orders);
      expect(new Set(deliveries.map((delivery) => delivery.id)).size).toBe(orders);
      const { rows } = await pool.query<{ attempts: number }>(`SELECT attempts FROM webhook_deliveries`);
      expect(rows.map((row) => row.attempts)).toEqual(Array(orders).fill(1));
    });

    it('SIGTERM to one instance loses none of its accepted requests while the other keeps serving', {
      timeout: 120_000,
    }, async () => {
      const locked = await createProduct(prisma, { name: 'Held', price: '5.00' });
      const id = encodeGlobalID('Product', locked.id);
      const holder = new pg.Client({ connectionString: cluster.primaryUrl });
      await holder.connect();
      const inFlight = 6;
      try {
        // The accepted mutations wait on this row lock, so they are surely in flight at SIGTERM.
        await holder.query('BEGIN');
        await holder.query('SELECT 1 FROM products WHERE id = $1 FOR UPDATE', [locked.id]);
        const waiting = async () =>
          (
            await pool.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
            )
          ).rows[0]!.n;
        const requests: Array<Promise<Body<{ updateProduct: { name: string } }>>> = [];
        for (let n = 1; n <= inFlight; n += 1) {
          const request = post<{ updateProduct: { name: string } }>(
            portOne,
            `mutation($id: ID!, $name: String!) { updateProduct(id: $id, input: { name: $name }) { name } }`,
            { id, name: `Renamed ${n}` },
            adminToken,
          );
          request.catch(() => {});
          requests.push(request);
          await waitFor(async () => (await waiting()) >= n, `request ${n} to wait on the lock`);
        }
        one.child.kill('SIGTERM');
        await one.waitForLine((line) => String(line.msg).startsWith('shutting down'), 'instance 1 to start draining');
        // Instance 2 serves reads and writes meanwhile.
        expect(
          await ok<{ product: { price: string } }>(portTwo, Price, { id: encodeGlobalID('Product', product.id) }),
        ).toEqual({
          product: { price: '12.50' },
        });
        await ok(
          portTwo,
          PlaceOrder,
          { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
          customerToken,
        );
        await holder.query('COMMIT');
        const answers = await Promise.all(requests);
        for (const answer of answers) expect(answer.errors).toBeUndefined();
        expect(answers.map((answer) => answer.data?.updateProduct.name).sort()).toEqual(
          Array.from({ length: inFlight }, (_, n) => `Renamed ${n + 1}`).sort(),
        );
        expect(await one.exited).toBe(0);
        expect(
          await ok<{ product: { name: string } }>(
            portTwo,
            `query($id: ID!) { product(id: $id) { name } }`,
            { id },
            adminToken,
          ),
        ).toEqual({
          product: { name: expect.stringMatching(/^Renamed \d$/) },
        });
      } finally {
        await holder.end().catch(() => {});
      }
    });
  },
);
