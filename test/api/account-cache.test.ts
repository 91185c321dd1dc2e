import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { onQuery } from '../../src/db/query-observer.js';
import { createAdmin, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';

/**
 * Servers answer a token's account from a short-lived copy (ACCOUNT_CACHE_MS)
 * and evict what PostgreSQL announces on account_changes. Whatever changes an
 * account — this server, another one, plain SQL — must bite within the bound.
 */
const Me = `{ me { rowId } }`;
const BOUND_MS = 1_500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(onEmbeddedDatabase())('the account cache', () => {
  let server: TestServer;
  let admin: Viewer;

  beforeAll(async () => {
    server = await createTestServer({ config: { ACCOUNT_CACHE_MS: String(BOUND_MS) } });
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  });
  afterAll(() => server?.close());

  async function customer(): Promise<{ viewer: Viewer; token: string }> {
    const viewer: Viewer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    return { viewer, token: await server.tokenFor(viewer) };
  }

  /** Milliseconds until the token is refused (polling), or Infinity past twice the bound. */
  async function refusedAfter(on: TestServer, token: string): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 2 * BOUND_MS) {
      if (errorCodes(await on.execute(Me, {}, { token })).includes('UNAUTHENTICATED')) return Date.now() - started;
      await sleep(5);
    }
    return Number.POSITIVE_INFINITY;
  }

  it('spends no statement on a known account', async () => {
    const { token } = await customer();
    expect((await server.execute(Me, {}, { token })).errors).toBeUndefined();
    const statements: string[] = [];
    const stop = onQuery((query) => statements.push(query.sql));
    try {
      expect((await server.execute(Me, {}, { token })).errors).toBeUndefined();
    } finally {
      stop();
    }
    expect(statements.filter((sql) => sql.includes('"token_version"'))).toEqual([]);
  });

  it('refuses at once after an admin deactivates the account here', async () => {
    const { viewer, token } = await customer();
    expect((await server.execute(Me, {}, { token })).errors).toBeUndefined();
    const done = await server.execute(
      `mutation($ids: [ID!]!) { setUsersActive(ids: $ids, isActive: false) { count } }`,
      { ids: [encodeGlobalID('User', viewer.userId)] },
      { as: admin },
    );
    expect(done.errors).toBeUndefined();
    expect(errorCodes(await server.execute(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses soon after plain SQL deactivates, deletes or logs the account out, well within the bound', async () => {
    for (const change of [
      'UPDATE users SET is_active = false WHERE id = $1',
      'UPDATE users SET deleted_at = now() WHERE id = $1',
      'UPDATE users SET token_version = token_version + 1 WHERE id = $1',
    ]) {
      const { viewer, token } = await customer();
      expect((await server.execute(Me, {}, { token })).errors).toBeUndefined();
      await server.db.pool.query(change, [viewer.userId]);
      expect(await refusedAfter(server, token), change).toBeLessThan(BOUND_MS);
    }
  });

  it('applies a role change made elsewhere', async () => {
    const { viewer, token } = await customer();
    const AdminOnly = `{ auditLog(first: 1) { edges { cursor } } }`;
    expect((await server.execute(AdminOnly, {}, { token })).errors).toBeDefined();
    await server.db.pool.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [viewer.userId]);
    const started = Date.now();
    while ((await server.execute(AdminOnly, {}, { token })).errors && Date.now() - started < 2 * BOUND_MS)
      await sleep(5);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  it('bites on a second instance when the first one deactivates', async () => {
    const second = await createTestServer({ sharing: server, config: { ACCOUNT_CACHE_MS: String(BOUND_MS) } });
    try {
      const { viewer, token } = await customer();
      expect((await second.execute(Me, {}, { token })).errors).toBeUndefined();
      await server.db.pool.query('UPDATE users SET is_active = false WHERE id = $1', [viewer.userId]);
      expect(await refusedAfter(second, token)).toBeLessThan(BOUND_MS);
    } finally {
      await second.close();
    }
  });

  it('looks accounts up on every request while the listener is gone, and caches again once it is back', async () => {
    const { viewer, token } = await customer();
    expect((await server.execute(Me, {}, { token })).errors).toBeUndefined();
    await server.db.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'account-changes' AND datname = current_database()`,
    );
    await sleep(100);
    // The change below is not announced to anyone (no listener): only the per-request lookup sees it.
    await server.db.pool.query('UPDATE users SET is_active = false WHERE id = $1', [viewer.userId]);
    expect(errorCodes(await server.execute(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);

    const { token: other } = await customer();
    const started = Date.now();
    let cached = false;
    while (!cached && Date.now() - started < 5_000) {
      await server.execute(Me, {}, { token: other });
      const statements: string[] = [];
      const stop = onQuery((query) => statements.push(query.sql));
      await server.execute(Me, {}, { token: other });
      stop();
      cached = !statements.some((sql) => sql.includes('"token_version"'));
      if (!cached) await sleep(100);
    }
    expect(cached).toBe(true);
  });
});
