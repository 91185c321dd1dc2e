import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createAdmin, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const ViewerMe = graphql(`
  query ViewerMe {
    me {
      rowId
      role
    }
  }
`);

const ViewerAuditLog = graphql(`
  query ViewerAuditLog {
    auditLog(first: 1) {
      totalCount
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe('the viewer behind a token is the account as it is now', () => {
  it('a token of a deactivated or deleted account no longer authenticates', async () => {
    const deactivated = await createUser(server.db.prisma);
    const deleted = await createUser(server.db.prisma);
    const deactivatedToken = await server.tokenFor({ userId: deactivated.id, role: 'CUSTOMER' });
    const deletedToken = await server.tokenFor({ userId: deleted.id, role: 'CUSTOMER' });
    expect((await server.execute(ViewerMe, {}, { token: deactivatedToken })).data?.me?.rowId).toBe(deactivated.id);

    await server.db.prisma.user.update({ where: { id: deactivated.id }, data: { isActive: false } });
    await server.db.prisma.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date(), isActive: false } });
    expect(errorCodes(await server.execute(ViewerMe, {}, { token: deactivatedToken }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await server.execute(ViewerMe, {}, { token: deletedToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('a token of an account that no longer exists does not authenticate', async () => {
    const gone = await createUser(server.db.prisma);
    const token = await server.tokenFor({ userId: gone.id, role: 'ADMIN' });
    await server.db.prisma.user.delete({ where: { id: gone.id } });
    expect(errorCodes(await server.execute(ViewerMe, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('a role change applies to tokens issued before it', async () => {
    const admin = await createAdmin(server.db.prisma);
    const token = await server.tokenFor({ userId: admin.id, role: 'ADMIN' });
    expect((await server.execute(ViewerAuditLog, {}, { token })).errors).toBeUndefined();

    await server.db.prisma.user.update({ where: { id: admin.id }, data: { role: 'CUSTOMER' } });
    expect(errorCodes(await server.execute(ViewerAuditLog, {}, { token }))).toEqual(['FORBIDDEN']);
    expect((await server.execute(ViewerMe, {}, { token })).data?.me?.role).toBe('CUSTOMER');

    const customer = await createUser(server.db.prisma);
    const forgedRole = await server.tokenFor({ userId: customer.id, role: 'ADMIN' });
    expect(errorCodes(await server.execute(ViewerAuditLog, {}, { token: forgedRole }))).toEqual(['FORBIDDEN']);
  });
});
