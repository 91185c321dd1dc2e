import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import type { AuditLogFilter } from '../generated/graphql.js';
import { createAdmin, createAuditLog } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const AuditEntries = graphql(`
  query ReadAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        rowId
        action
        entity
        entityId
        changes
        createdAt
        actor {
          rowId
          username
        }
      }
    }
  }
`);

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };
let other = 0;
const entries: Awaited<ReturnType<typeof createAuditLog>>[] = [];

beforeAll(async () => {
  server = await createTestServer();
  const { prisma } = server.db;
  admin = { userId: (await createAdmin(prisma)).id, role: 'ADMIN' };
  other = (await createAdmin(prisma)).id;
  const specs = [
    {
      action: 'CREATE',
      entity: 'User',
      entityId: '7',
      actorId: admin.userId,
      changes: { username: { old: null, new: 'x' } },
    },
    {
      action: 'UPDATE',
      entity: 'User',
      entityId: '7',
      actorId: other,
      changes: { email: { old: 'a@x.test', new: 'b@x.test' } },
    },
    {
      action: 'UPDATE',
      entity: 'Product',
      entityId: '3',
      actorId: admin.userId,
      changes: { price: { old: '1.00', new: '2.00' } },
    },
    { action: 'DELETE', entity: 'Order', entityId: '9', actorId: null, changes: null },
  ] as const;
  for (const [index, spec] of specs.entries()) {
    entries.push(
      await createAuditLog(prisma, {
        ...spec,
        changes: spec.changes ?? undefined,
        createdAt: new Date(Date.UTC(2026, 4, 1 + index)),
      }),
    );
  }
  // Same timestamp as the last one: ties are broken by id.
  entries.push(
    await createAuditLog(prisma, {
      action: 'CREATE',
      entity: 'Order',
      entityId: '10',
      createdAt: new Date(Date.UTC(2026, 4, 4)),
    }),
  );
});

afterAll(async () => {
  await server?.close();
});

async function ids(filter: AuditLogFilter) {
  const response = await server.execute(AuditEntries, { filter }, { as: admin });
  expect(response.errors).toBeUndefined();
  return response.data!.auditLog.nodes.map((node) => node.rowId);
}

const newestFirst = (list: typeof entries) =>
  [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id).map((entry) => entry.id);

describe('auditLog', () => {
  it('lists entries newest first with their fields and actor', async () => {
    const response = await server.execute(AuditEntries, {}, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data!.auditLog.totalCount).toBe(entries.length);
    expect(response.data!.auditLog.nodes.map((node) => node.rowId)).toEqual(newestFirst(entries));
    const second = response.data!.auditLog.nodes.find((node) => node.rowId === entries[1]!.id);
    expect(second).toMatchObject({
      id: encodeGlobalID('AuditLogEntry', entries[1]!.id),
      action: 'UPDATE',
      entity: 'User',
      entityId: '7',
      changes: { email: { old: 'a@x.test', new: 'b@x.test' } },
      createdAt: '2026-05-02T00:00:00.000Z',
      actor: { rowId: other },
    });
    expect(response.data!.auditLog.nodes.find((node) => node.rowId === entries[3]!.id)).toMatchObject({
      actor: null,
      changes: null,
    });
  });

  it('filters by entity, entityId, action, actor and time', async () => {
    expect(await ids({ entity: 'User' })).toEqual(newestFirst(entries.filter((entry) => entry.entity === 'User')));
    expect(await ids({ entity: 'User', action: 'UPDATE' })).toEqual([entries[1]!.id]);
    expect(await ids({ entityId: '9' })).toEqual([entries[3]!.id]);
    expect(await ids({ actorId: encodeGlobalID('User', admin.userId) })).toEqual([entries[2]!.id, entries[0]!.id]);
    expect(await ids({ createdAt: { gte: '2026-05-02T00:00:00Z', lt: '2026-05-04T00:00:00Z' } })).toEqual([
      entries[2]!.id,
      entries[1]!.id,
    ]);
  });

  it('pages with first/after', async () => {
    const first = await server.execute(AuditEntries, { first: 3 }, { as: admin });
    const rest = await server.execute(
      AuditEntries,
      { first: 3, after: first.data!.auditLog.pageInfo.endCursor },
      { as: admin },
    );
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    expect(rest.data!.auditLog.pageInfo.hasNextPage).toBe(false);
    expect([...first.data!.auditLog.nodes, ...rest.data!.auditLog.nodes].map((node) => node.rowId)).toEqual(
      newestFirst(entries),
    );
  });

  it('a malformed actorId is BAD_USER_INPUT', async () => {
    const response = await server.execute(AuditEntries, { filter: { actorId: 'nope' } }, { as: admin });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.['field']).toBe('filter.actorId');
  });
});
