import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient } from '../../src/db/prisma.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { OpsHealth } from './support/operations.js';
import { closedPort, createOpsServer, silentServer } from './support/ops-server.js';

/** A server whose database is gone: its pool points at `url`. */
function serverOnDeadDatabase(url: string, config: Record<string, string> = {}) {
  const pool = createPool({
    connectionString: url,
    max: 2,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 1_000,
    statementTimeoutMs: 0,
  });
  pool.on('error', () => {});
  const prisma = createPrismaClient(pool);
  return { server: createOpsServer({ prisma, pool, config }), pool, prisma };
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

describe('/health, /ready and the health query', () => {
  it('all report a reachable database', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    expect((await server.get('/health')).status).toBe(200);
    const ready = await server.get('/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', database: true });
    expect((await server.post(OpsHealth)).body.data?.health).toMatchObject({ status: 'ok', database: true });
  });

  it('with the database stopped (connection refused): /health 200, /ready 503, health degraded', async () => {
    const port = await closedPort();
    const { server, prisma } = serverOnDeadDatabase(`postgresql://postgres@127.0.0.1:${port}/postgres`);
    try {
      expect((await server.get('/health')).status).toBe(200);
      const ready = await server.get('/ready');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'degraded', database: false });
      const { body } = await server.post(OpsHealth);
      expect(body.errors).toBeUndefined();
      expect(body.data?.health).toMatchObject({ status: 'degraded', database: false });
      const notReady = server.logs.lines().find((line) => line.msg.startsWith('not ready'));
      expect(notReady).toMatchObject({ level: 40 });
      expect(notReady!['failure']).toMatch(/^[^\n]*(ECONNREFUSED|Can't reach database server)[^\n]*$/);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('with a database that hangs: /ready gives up after READY_TIMEOUT_MS with 503, and the health query agrees', async () => {
    const silent = await silentServer();
    const { server, prisma, pool } = serverOnDeadDatabase(`postgresql://postgres@127.0.0.1:${silent.port}/postgres`, {
      READY_TIMEOUT_MS: '300',
    });
    try {
      const ready = await server.get('/ready');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ database: false });
      const requestId = ready.headers.get('x-request-id');
      const { body } = await server.post(OpsHealth);
      expect(body.data?.health).toMatchObject({ status: 'degraded', database: false });
      const notReady = server.logs.lines().find((line) => line.msg.startsWith('not ready'));
      expect(notReady).toMatchObject({ failure: 'no answer within 300 ms', requestId });
    } finally {
      await silent.close();
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    }
  });
});
