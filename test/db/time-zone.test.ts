import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.js';
import { createPrismaClient } from '../../src/db/prisma.js';
import pino from 'pino';
import { createServer } from '../../src/yoga.js';
import { createAdmin, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

/** Every "today" is a UTC date, whatever the database's own TimeZone says. */
describe.skipIf(onEmbeddedDatabase())('with the database TimeZone at Etc/GMT+12', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
    const name = new URL(server.db.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: server.db.url });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${name}" SET TimeZone = 'Etc/GMT+12'`);
    await admin.end();
  });
  afterAll(() => server?.close());

  it('our connections still run in UTC, so a user turning 30 today (UTC) is 30', async () => {
    const pool = createPool({
      connectionString: server.db.url,
      max: 1,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 1000,
      statementTimeoutMs: 0,
    });
    const prisma = createPrismaClient(pool);
    try {
      const raw = new pg.Client({ connectionString: server.db.url });
      await raw.connect();
      expect((await raw.query('SHOW TimeZone')).rows[0].TimeZone).toBe('Etc/GMT+12');
      await raw.end();
      expect((await pool.query('SHOW TimeZone')).rows[0].TimeZone).toBe('UTC');

      const now = new Date();
      const birthDate = new Date(Date.UTC(now.getUTCFullYear() - 30, now.getUTCMonth(), now.getUTCDate()));
      const user = await createUser(prisma, { birthDate, username: 'turns-thirty' });
      const admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' as const };
      // A server on connections opened after the change (the test server's were opened before it).
      const yoga = createServer({ prisma, config: server.config, log: pino({ level: 'silent' }) });
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await server.tokenFor(admin)}` },
        body: JSON.stringify({
          query: `{ users(first: 10, filter: { minAge: 30, username: { equals: "turns-thirty" } }) { nodes { rowId } } }`,
        }),
      });
      expect(await response.json()).toEqual({ data: { users: { nodes: [{ rowId: user.id }] } } });
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });
});
