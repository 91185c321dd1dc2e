import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const ImportUsers = graphql(`
  mutation ImportUsersRun($input: ImportUsersInput!) {
    importUsers(input: $input) {
      createdCount
      users {
        rowId
        username
        email
        role
      }
      errors {
        index
        field
        code
        message
      }
    }
  }
`);

let server: TestServer;
let admin: Viewer;
beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
});
afterAll(() => server.close());

function row(name: string, overrides: Record<string, unknown> = {}) {
  return {
    username: name,
    email: `${name}@import.example.com`,
    password: 'Imp0rt!pass',
    firstName: 'Im',
    lastName: 'Port',
    ...overrides,
  };
}

describe('importUsers', () => {
  it('keeps good rows and reports each bad one, retrying a failing batch row by row', async () => {
    const existing = await createUser(server.db.prisma, {
      username: 'already-here',
      email: 'already@here.example.com',
    });
    const users = [
      row('imp-a'), // 0 good (batch 0)
      row('imp-b', { email: 'no-tld@localhost' }), // 1 invalid email (passes the scalar, fails the rule)
      row('imp-c', { password: 'weakweak' }), // 2 weak password
      row('imp-d', { role: 'ADMIN' }), // 3 good (batch 0)
      row('IMP-A', { email: 'other-a@import.example.com' }), // 4 username duplicates row 0 within the file
      row('imp-e', { email: 'ALREADY@here.example.com' }), // 5 email taken in the database (batch 1 fails)
      row('imp-f', { phone: '13700001111' }), // 6 good, same batch as 5: persists through the row-by-row retry
      row('imp-g', { email: 'IMP-D@import.example.com' }), // 7 email duplicates row 3 within the file
      row('Already-Here', { email: 'fresh@import.example.com' }), // 8 username taken in the database (batch 2)
    ];
    const counts = await rowCounts(server.db.prisma);
    const response = await server.execute(ImportUsers, { input: { users, batchSize: 2 } }, { as: admin });
    expect(response.errors).toBeUndefined();
    const result = response.data!.importUsers;

    expect(result.errors.map(({ index, field, code }) => ({ index, field, code }))).toEqual([
      { index: 1, field: 'email', code: 'INVALID_EMAIL' },
      { index: 2, field: 'password', code: 'WEAK_PASSWORD' },
      { index: 4, field: 'username', code: 'DUPLICATE_IN_INPUT' },
      { index: 5, field: 'email', code: 'ALREADY_EXISTS' },
      { index: 7, field: 'email', code: 'DUPLICATE_IN_INPUT' },
      { index: 8, field: 'username', code: 'ALREADY_EXISTS' },
    ]);
    expect(result.errors.every((error) => error.message.length > 0)).toBe(true);
    expect(result.createdCount).toBe(3);
    expect(result.users.map((user) => [user.username, user.role])).toEqual([
      ['imp-a', 'CUSTOMER'],
      ['imp-d', 'ADMIN'],
      ['imp-f', 'CUSTOMER'],
    ]);

    const stored = await server.db.prisma.user.findMany({
      where: { email: { endsWith: '@import.example.com' } },
      orderBy: { id: 'asc' },
    });
    expect(stored.map((user) => user.username)).toEqual(['imp-a', 'imp-d', 'imp-f']);
    expect(stored.find((user) => user.username === 'imp-f')?.phone).toBe('+8613700001111');
    expect(stored.every((user) => user.passwordHash.startsWith('$argon2id$'))).toBe(true);
    expect(await server.db.prisma.user.count({ where: { id: existing.id } })).toBe(1);

    const after = await rowCounts(server.db.prisma);
    expect(after).toEqual({ ...counts, users: counts['users']! + 3, audit_logs: counts['audit_logs']! + 3 });
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'User', entityId: { in: stored.map((user) => String(user.id)) } },
    });
    expect(
      audits.map((audit) => [audit.action, audit.actorId, (audit.changes as Record<string, unknown>)['_meta']]),
    ).toEqual(Array(3).fill(['CREATE', admin.userId, { import: true }]));
    expect(JSON.stringify(audits.map((audit) => audit.changes))).not.toMatch(/passwordHash|argon2|Imp0rt/);
  });

  it('imports everything in batches when every row is good', async () => {
    const users = Array.from({ length: 7 }, (_, i) => row(`bulk-${i}`));
    const response = await server.execute(ImportUsers, { input: { users, batchSize: 3 } }, { as: admin });
    expect(response.data?.importUsers.errors).toEqual([]);
    expect(response.data?.importUsers.createdCount).toBe(7);
    expect(await server.db.prisma.user.count({ where: { username: { startsWith: 'bulk-' } } })).toBe(7);
  });

  it('uses the default batch size of 100 and returns an empty result for an empty list', async () => {
    const response = await server.execute(ImportUsers, { input: { users: [] } }, { as: admin });
    expect(response.data?.importUsers).toEqual({ createdCount: 0, users: [], errors: [] });
  });

  it('rejects a batch size out of range and a row with a malformed scalar as a whole, changing nothing', async () => {
    const counts = await rowCounts(server.db.prisma);
    expectBadUserInput(
      await server.execute(ImportUsers, { input: { users: [row('bs-a')], batchSize: 0 } }, { as: admin }),
      'batchSize',
    );
    expectBadUserInput(
      await server.execute(ImportUsers, { input: { users: [row('bs-b')], batchSize: 1001 } }, { as: admin }),
      'batchSize',
    );
    expectBadUserInput(
      // A malformed email is that row's INVALID_EMAIL (below); other scalars still fail the whole request.
      await server.execute(
        ImportUsers,
        { input: { users: [row('bs-c'), row('bs-d', { birthDate: 'not-a-date' })] } },
        { as: admin },
      ),
      'users.1.birthDate',
    );
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('is for admins only', async () => {
    const customer = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    expect(errorCodes(await server.execute(ImportUsers, { input: { users: [row('x-anon')] } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(
      errorCodes(
        await server.execute(
          ImportUsers,
          { input: { users: [row('x-cust')] } },
          { as: { userId: customer.id, role: 'CUSTOMER' } },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });
});

describe('concurrent importUsers of the same rows', () => {
  it('reports every row that the other import took as ALREADY_EXISTS, never as a failure', {
    timeout: 120_000,
  }, async () => {
    const rows = Array.from({ length: 12 }, (_, index) => row(`race-${index}`));
    const run = (users: ReturnType<typeof row>[]) =>
      server.execute(ImportUsers, { input: { users, batchSize: 1 } }, { as: admin });
    const [forwards, backwards] = await Promise.all([run(rows), run([...rows].reverse())]);
    for (const response of [forwards, backwards]) expect(response.errors).toBeUndefined();
    const created = forwards.data!.importUsers.createdCount + backwards.data!.importUsers.createdCount;
    expect(created).toBe(rows.length);
    const reasons = [...forwards.data!.importUsers.errors, ...backwards.data!.importUsers.errors].map(
      (error) => error.code,
    );
    expect(reasons).toHaveLength(rows.length);
    expect(new Set(reasons)).toEqual(new Set(['ALREADY_EXISTS']));
  });
});

describe('importUsers with a malformed email', () => {
  it('reports that row as INVALID_EMAIL and imports the others', async () => {
    const response = await server.execute(
      ImportUsers,
      {
        input: { users: [row('mail-ok'), row('mail-bad', { email: 'not-an-email' }), row('mail-ok2')], batchSize: 10 },
      },
      { as: admin },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.importUsers.createdCount).toBe(2);
    expect(response.data!.importUsers.errors).toEqual([
      expect.objectContaining({ index: 1, field: 'email', code: 'INVALID_EMAIL' }),
    ]);
  });
});
