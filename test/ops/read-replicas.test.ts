import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Viewer } from '../../src/auth/viewer.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { startWorker, type BackgroundWorker } from '../../src/jobs/worker.js';
import { createServer } from '../../src/yoga.js';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { replicationUnavailable, startReplicatedCluster, type ReplicatedCluster } from '../support/replication.js';
import { testConfig, TEST_JWT_SECRET, type GraphQLResponse } from '../support/server.js';
import { waitFor } from './support/ops-server.js';

const unavailable = replicationUnavailable();
const log = pino({ level: 'silent' });

const ProductName = `query($id: ID!) { product(id: $id) { name } }`;
const RenameProduct = `mutation($id: ID!, $name: String!) { updateProduct(id: $id, input: { name: $name }) { name } }`;

interface Instance {
  database: Database;
  yoga: ReturnType<typeof createServer>;
  execute<T>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: Viewer; address?: string },
  ): Promise<T>;
  metric(name: string, labels: string): Promise<number>;
  close(): Promise<void>;
}

async function startInstance(cluster: ReplicatedCluster, overrides: Record<string, string>): Promise<Instance> {
  const config = testConfig({
    DATABASE_URL: cluster.primaryUrl,
    DATABASE_REPLICA_URLS: cluster.replicaUrl,
    TRUST_PROXY: 'true',
    ...overrides,
  });
  const database = await openDatabase(config);
  const yoga = createServer({ prisma: database.prisma, pool: database.pool, replicas: database.replicas, config, log });
  return {
    database,
    yoga,
    async execute<T>(
      query: string,
      variables: Record<string, unknown> = {},
      options: { as?: Viewer; address?: string } = {},
    ) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-forwarded-for': options.address ?? '10.9.9.9',
      };
      if (options.as) headers['authorization'] = `Bearer ${(await signToken(options.as, TEST_JWT_SECRET, 600)).token}`;
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLResponse<T>;
      expect(body.errors).toBeUndefined();
      return body.data as T;
    },
    async metric(name, labels) {
      const text = await (await yoga.fetch('http://test/metrics')).text();
      const line = text.split('\n').find((row) => row.startsWith(`${name}{${labels}}`));
      return line ? Number(line.split(' ').pop()) : 0;
    },
    async close() {
      await yoga.dispose();
      await database.close();
    },
  };
}

describe.skipIf(unavailable !== null)('read replicas (a real streaming standby)', () => {
  let cluster: ReplicatedCluster;
  let api: Instance;
  let admin: Viewer;
  let productId: string;
  let product: { id: number };
  // The API serves the files the worker writes: one folder for both.
  const exportsDir = mkdtempSync(join(tmpdir(), 'commerce-replica-exports-'));

  const nameOf = async (options: { as?: Viewer; address?: string } = {}) =>
    (await api.execute<{ product: { name: string } }>(ProductName, { id: productId }, options)).product.name;
  const renameOnPrimary = (name: string) =>
    api.database.prisma.product.update({ where: { id: product.id }, data: { name } });

  beforeAll(async () => {
    cluster = await startReplicatedCluster();
    // A lag bound far above the test's pauses: this instance keeps the replica while replay is paused.
    api = await startInstance(cluster, {
      REPLICA_MAX_LAG_MS: '60000',
      REPLICA_CHECK_INTERVAL_MS: '100',
      READ_YOUR_WRITES_MS: '60200',
      EXPORTS_DIR: exportsDir,
    });
    admin = { userId: (await createAdmin(api.database.prisma)).id, role: 'ADMIN' };
    product = await createProduct(api.database.prisma, { name: 'Before', price: '9.00' });
    productId = encodeGlobalID('Product', product.id);
    await cluster.caughtUp();
    await api.database.replicas!.check();
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await cluster?.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('runs query operations on the replica and writes on the primary', async () => {
    expect(api.database.replicas!.statuses()[0]).toMatchObject({ healthy: true, reason: null });
    await cluster.pauseReplay();
    try {
      await renameOnPrimary('Written on the primary');
      // The standby has not replayed the write: whoever asks, a query operation sees its state.
      expect(await nameOf()).toBe('Before');
      expect(await nameOf({ as: admin, address: '10.0.0.50' })).toBe('Before');
      expect(await api.metric('db_read_routes_total', 'target="replica",reason="query"')).toBeGreaterThanOrEqual(2);
      expect(await api.metric('db_replica_healthy', `replica="${api.database.replicas!.statuses()[0]!.target}"`)).toBe(
        1,
      );
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect(await nameOf()).toBe('Written on the primary');
  });

  it("sends a viewer's reads to the primary right after their mutation (by account and by address)", async () => {
    const writer: Viewer = { userId: (await createAdmin(api.database.prisma)).id, role: 'ADMIN' };
    await cluster.caughtUp();
    await cluster.pauseReplay();
    try {
      const renamed = await api.execute<{ updateProduct: { name: string } }>(
        RenameProduct,
        { id: productId, name: 'Renamed by the writer' },
        { as: writer, address: '10.0.0.1' },
      );
      expect(renamed.updateProduct.name).toBe('Renamed by the writer');
      expect(await nameOf({ as: writer, address: '10.0.0.77' })).toBe('Renamed by the writer');
      expect(await nameOf({ address: '10.0.0.1' })).toBe('Renamed by the writer');
      // Anyone else reads the replica, which has not replayed the mutation yet.
      expect(await nameOf({ address: '10.0.0.2' })).not.toBe('Renamed by the writer');
      expect(await nameOf({ as: admin, address: '10.0.0.3' })).not.toBe('Renamed by the writer');
      expect(await api.metric('db_read_routes_total', 'target="primary",reason="recent-write"')).toBeGreaterThanOrEqual(
        2,
      );
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    expect(await nameOf({ address: '10.0.0.2' })).toBe('Renamed by the writer');
  });

  it('reads lists, counts and reports from the replica too', async () => {
    const reader: Viewer = { userId: (await createAdmin(api.database.prisma)).id, role: 'ADMIN' };
    await cluster.caughtUp();
    const Counts = `{ users(first: 1) { totalCount } reports { userStatistics { totalUsers } } }`;
    type Counts = { users: { totalCount: number }; reports: { userStatistics: { totalUsers: number } } };
    const before = await api.execute<Counts>(Counts, {}, { as: reader, address: '10.0.1.1' });
    await cluster.pauseReplay();
    try {
      await createUser(api.database.prisma);
      await createUser(api.database.prisma);
      const during = await api.execute<Counts>(Counts, {}, { as: reader, address: '10.0.1.1' });
      expect(during).toEqual(before);
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    const after = await api.execute<Counts>(Counts, {}, { as: reader, address: '10.0.1.1' });
    expect(after.users.totalCount).toBe(before.users.totalCount + 2);
    expect(after.reports.userStatistics.totalUsers).toBe(before.reports.userStatistics.totalUsers + 2);
  });

  it('reads loader-backed fields from the same replica as the rest of the operation', async () => {
    const reader: Viewer = { userId: (await createAdmin(api.database.prisma)).id, role: 'ADMIN' };
    const customer = await createUser(api.database.prisma);
    await createOrder(api.database.prisma, customer.id, [{ productId: product.id, quantity: 1, unitPrice: '9.00' }]);
    await cluster.caughtUp();
    const Stats = `query($id: ID!) { user(id: $id) { orderCount totalSpent } }`;
    type Stats = { user: { orderCount: number; totalSpent: string } };
    const variables = { id: encodeGlobalID('User', customer.id) };
    const before = await api.execute<Stats>(Stats, variables, { as: reader, address: '10.0.1.2' });
    expect(before.user.orderCount).toBe(1);
    await cluster.pauseReplay();
    try {
      await createOrder(api.database.prisma, customer.id, [{ productId: product.id, quantity: 2, unitPrice: '9.00' }]);
      expect(await api.execute<Stats>(Stats, variables, { as: reader, address: '10.0.1.2' })).toEqual(before);
    } finally {
      await cluster.resumeReplay();
    }
    await cluster.caughtUp();
    const after = await api.execute<Stats>(Stats, variables, { as: reader, address: '10.0.1.2' });
    expect(after.user.orderCount).toBe(2);
  });

  it('keeps index statistics and health on the primary', async () => {
    const before = await api.metric('db_read_routes_total', 'target="primary",reason="server-fields"');
    await api.execute(`{ health { status database } }`);
    expect(await api.metric('db_read_routes_total', 'target="primary",reason="server-fields"')).toBe(before + 1);
  });

  it('streams exports from the replica', async () => {
    const config = testConfig({
      DATABASE_URL: cluster.primaryUrl,
      DATABASE_REPLICA_URLS: cluster.replicaUrl,
      REPLICA_MAX_LAG_MS: '60000',
      READ_YOUR_WRITES_MS: '61000',
      WORKER_POLL_INTERVAL_MS: '100',
      CLEANUP_CRON: '',
      CONSISTENCY_CRON: '',
      DATA_DIR: exportsDir,
      EXPORTS_DIR: exportsDir,
    });
    let worker: BackgroundWorker | undefined;
    try {
      worker = await startWorker({
        url: cluster.primaryUrl,
        prisma: api.database.prisma,
        config,
        log,
        replicas: api.database.replicas,
      });
      const early = await createUser(api.database.prisma);
      await createOrder(api.database.prisma, early.id, [{ productId: product.id, quantity: 1, unitPrice: '9.00' }], {
        status: 'CONFIRMED',
      });
      await cluster.caughtUp();
      await cluster.pauseReplay();
      const late = await createUser(api.database.prisma);
      await createOrder(api.database.prisma, late.id, [{ productId: product.id, quantity: 50, unitPrice: '9.00' }], {
        status: 'CONFIRMED',
      });
      const requester: Viewer = { userId: (await createAdmin(api.database.prisma)).id, role: 'ADMIN' };
      const started = await api.execute<{ exportReport: { id: string } }>(
        `mutation { exportReport(input: { report: TOP_CUSTOMERS, format: NDJSON, arguments: { limit: 50 } }) { id } }`,
        {},
        { as: requester },
      );
      // The requester just wrote: their status reads come from the primary, where the worker records progress.
      const done = await waitFor(
        async () => {
          const { reportExport } = await api.execute<{ reportExport: { status: string; downloadUrl: string | null } }>(
            `query($id: ID!) { reportExport(id: $id) { status downloadUrl } }`,
            { id: started.exportReport.id },
            { as: requester },
          );
          return reportExport.status === 'SUCCEEDED' ? reportExport : null;
        },
        'the export',
        30_000,
      );
      const token = (await signToken(requester, TEST_JWT_SECRET, 600)).token;
      const body = await (
        await api.yoga.fetch(done.downloadUrl!, { headers: { authorization: `Bearer ${token}` } })
      ).text();
      const buyers = body
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { userId: number }).userId);
      expect(buyers).toContain(early.id);
      // The late order is on the primary only: the export read the standby.
      expect(buyers).not.toContain(late.id);
    } finally {
      await cluster.resumeReplay();
      await worker?.stop();
    }
  });

  it('skips a replica that lags beyond REPLICA_MAX_LAG_MS and takes it back once it has caught up', async () => {
    const strict = await startInstance(cluster, {
      REPLICA_MAX_LAG_MS: '200',
      REPLICA_CHECK_INTERVAL_MS: '50',
      READ_YOUR_WRITES_MS: '300',
    });
    const replicas = strict.database.replicas!;
    try {
      await cluster.caughtUp();
      await waitFor(() => replicas.statuses()[0]!.healthy, 'the replica to be healthy');
      await cluster.pauseReplay();
      await renameOnPrimary('Too new for the standby');
      await waitFor(() => replicas.statuses()[0]!.reason === 'lagging', 'the replica to count as lagging');
      expect(await strict.metric('db_replica_healthy', `replica="${replicas.statuses()[0]!.target}"`)).toBe(0);
      const read = await strict.execute<{ product: { name: string } }>(
        ProductName,
        { id: productId },
        { address: '10.0.2.1' },
      );
      expect(read.product.name).toBe('Too new for the standby');
      expect(await strict.metric('db_read_routes_total', 'target="primary",reason="no-healthy-replica"')).toBe(1);
      await cluster.resumeReplay();
      await cluster.caughtUp();
      await waitFor(() => replicas.statuses()[0]!.healthy, 'the replica to take reads again');
      await strict.execute(ProductName, { id: productId }, { address: '10.0.2.1' });
      expect(await strict.metric('db_read_routes_total', 'target="replica",reason="query"')).toBe(1);
    } finally {
      await cluster.resumeReplay().catch(() => {});
      await strict.close();
    }
  });

  it('reads what the response cache will store from the primary, so an invalidation is never undone by replica lag', async () => {
    const cached = await startInstance(cluster, {
      REPLICA_MAX_LAG_MS: '60000',
      READ_YOUR_WRITES_MS: '61000',
      RESPONSE_CACHE: 'true',
    });
    try {
      await cluster.caughtUp();
      await cached.database.replicas!.check();
      await cluster.pauseReplay();
      await renameOnPrimary('Fresh for the cache');
      const read = await cached.execute<{ product: { name: string } }>(
        ProductName,
        { id: productId },
        { address: '10.0.4.1' },
      );
      expect(read.product.name).toBe('Fresh for the cache');
      expect(await cached.metric('db_read_routes_total', 'target="primary",reason="cache-fill"')).toBe(1);
      // Anything the cache does not store still reads the replica.
      const reader: Viewer = { userId: admin.userId, role: 'ADMIN' };
      await cached.execute(`{ users(first: 1) { totalCount } }`, {}, { as: reader, address: '10.0.4.2' });
      expect(await cached.metric('db_read_routes_total', 'target="replica",reason="query"')).toBe(1);
    } finally {
      await cluster.resumeReplay();
      await cached.close();
    }
  });

  it('skips a replica that is down and serves from the primary meanwhile', async () => {
    const replicas = api.database.replicas!;
    await cluster.stopReplica();
    try {
      await waitFor(() => replicas.statuses()[0]!.reason === 'down', 'the replica to count as down');
      await renameOnPrimary('While the standby was down');
      expect(await nameOf({ address: '10.0.3.1' })).toBe('While the standby was down');
    } finally {
      await cluster.startReplica();
    }
    await waitFor(() => replicas.statuses()[0]!.healthy, 'the replica to come back', 30_000);
    await cluster.caughtUp();
    expect(await nameOf({ address: '10.0.3.1' })).toBe('While the standby was down');
  });
});
