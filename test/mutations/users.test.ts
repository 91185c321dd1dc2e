import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { uniqueUserFieldOf } from '../../src/services/user-rules.js';
import { graphql } from '../generated/index.js';
import {
  createActivity,
  createAdmin,
  createOrder,
  createProduct,
  createProfile,
  createUser,
  DEFAULT_PASSWORD,
} from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const CreateUser = graphql(`
  mutation UsersCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      rowId
      username
      email
      phone
      role
      isActive
    }
  }
`);

const UpdateUser = graphql(`
  mutation UsersUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      rowId
      username
      email
      firstName
      lastName
      birthDate
      phone
      role
      isActive
      updatedAt
    }
  }
`);

const SetUsersActive = graphql(`
  mutation UsersSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {
    setUsersActive(ids: $ids, isActive: $isActive) {
      count
    }
  }
`);

const SoftDeleteUser = graphql(`
  mutation UsersSoftDeleteUser($id: ID!) {
    softDeleteUser(id: $id) {
      rowId
      isActive
      deletedAt
    }
  }
`);

const RestoreUser = graphql(`
  mutation UsersRestoreUser($id: ID!) {
    restoreUser(id: $id) {
      rowId
      isActive
      deletedAt
    }
  }
`);

const DeleteUser = graphql(`
  mutation UsersDeleteUser($id: ID!, $cascade: Boolean) {
    deleteUser(id: $id, cascade: $cascade) {
      deletedUserId
      deletedOrders
      deletedOrderItems
      deletedProfile
    }
  }
`);

const LogIn = graphql(`
  mutation UsersLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
    }
  }
`);

let server: TestServer;
let admin: Viewer;
const userId = (id: number) => encodeGlobalID('User', id);
const customer = (id: number): Viewer => ({ userId: id, role: 'CUSTOMER' });

beforeAll(async () => {
  server = await createTestServer({ config: { TRUST_PROXY: 'true' } });
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
});
afterAll(() => server.close());

let sequence = 0;
function createInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    username: `created${sequence}`,
    email: `created${sequence}@example.com`,
    password: 'Str0ng!pass',
    firstName: 'Grace',
    lastName: 'Hopper',
    ...overrides,
  };
}

describe('createUser', () => {
  it('lets an admin create an inactive admin, normalising email and phone, audited with the admin as actor', async () => {
    const input = createInput({
      email: 'New.Admin@Example.com',
      phone: '+44 20 7946 0958',
      role: 'ADMIN',
      isActive: false,
    });
    const response = await server.execute(CreateUser, { input }, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createUser).toMatchObject({
      username: input.username,
      email: 'new.admin@example.com',
      phone: '+442079460958',
      role: 'ADMIN',
      isActive: false,
    });
    const id = response.data!.createUser.rowId;
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({ where: { entity: 'User', entityId: String(id) } });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: admin.userId });
    expect(JSON.stringify(audit.changes)).not.toMatch(/passwordHash|argon2|Str0ng/);
  });

  it('defaults to an active customer', async () => {
    const response = await server.execute(CreateUser, { input: createInput() }, { as: admin });
    expect(response.data?.createUser).toMatchObject({ role: 'CUSTOMER', isActive: true });
  });

  it('refuses taken usernames and emails (any case) with CONFLICT naming the field, also for soft-deleted owners', async () => {
    await createUser(server.db.prisma, {
      username: 'OwnerOfName',
      email: 'owner@example.com',
      deletedAt: new Date(),
      isActive: false,
    });
    const counts = await rowCounts(server.db.prisma);
    const byName = await server.execute(CreateUser, { input: createInput({ username: 'ownerofname' }) }, { as: admin });
    expect([errorCodes(byName), byName.errors?.[0]?.extensions?.['field']]).toEqual([['CONFLICT'], 'username']);
    const byEmail = await server.execute(
      CreateUser,
      { input: createInput({ email: 'OWNER@example.com' }) },
      { as: admin },
    );
    expect([errorCodes(byEmail), byEmail.errors?.[0]?.extensions?.['field']]).toEqual([['CONFLICT'], 'email']);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('maps a unique violation the prior check could not see (a race) to the field, via the lower() indexes', async () => {
    const existing = await createUser(server.db.prisma);
    const attempt = (data: { username: string; email: string }) =>
      server.db.prisma.user.create({ data: { ...data, passwordHash: 'x', firstName: 'R', lastName: 'C' } }).then(
        () => null,
        (error: unknown) => uniqueUserFieldOf(error),
      );
    expect(await attempt({ username: existing.username.toUpperCase(), email: 'race1@example.com' })).toBe('username');
    expect(await attempt({ username: 'race-two', email: existing.email.toUpperCase() })).toBe('email');
  });

  const badInputs: Array<[string, Record<string, unknown>]> = [
    ['username', { username: 'a' }],
    ['email', { email: 'nope' }],
    ['email', { email: 'x@y' }],
    ['password', { password: 'password' }],
    ['firstName', { firstName: ' ' }],
    ['lastName', { lastName: 'y'.repeat(101) }],
    ['birthDate', { birthDate: '2999-12-31' }],
    ['phone', { phone: '555' }],
    ['role', { role: 'ROOT' }],
    ['isActive', { isActive: 'yes' }],
  ];
  it.each(badInputs)('rejects an invalid %s (%o) with BAD_USER_INPUT, changing nothing', async (field, override) => {
    const counts = await rowCounts(server.db.prisma);
    expectBadUserInput(await server.execute(CreateUser, { input: createInput(override) }, { as: admin }), field);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });
});

describe('updateUser', () => {
  it('writes only the fields that change and audits their old and new values', async () => {
    const user = await createUser(server.db.prisma, { phone: '+8613900000000' });
    const response = await server.execute(
      UpdateUser,
      {
        id: userId(user.id),
        input: {
          firstName: user.firstName,
          lastName: 'Renamed',
          email: ` ${user.email.toUpperCase()}`,
          phone: '13911112222',
        },
      },
      { as: customer(user.id) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateUser).toMatchObject({
      firstName: user.firstName,
      lastName: 'Renamed',
      email: user.email,
      phone: '+8613911112222',
    });
    const audits = await server.db.prisma.auditLog.findMany({ where: { entity: 'User', entityId: String(user.id) } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'UPDATE', actorId: user.id });
    expect(audits[0]!.changes).toEqual({
      lastName: { old: user.lastName, new: 'Renamed' },
      phone: { old: '+8613900000000', new: '+8613911112222' },
    });
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.updatedAt.getTime()).toBeGreaterThan(user.updatedAt.getTime());
  });

  it('changes nothing (no write, no audit, same updatedAt) when every value is already current', async () => {
    const user = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    const response = await server.execute(
      UpdateUser,
      {
        id: userId(user.id),
        input: { username: user.username, firstName: user.firstName, role: 'CUSTOMER', isActive: true },
      },
      { as: customer(user.id) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateUser.updatedAt).toBe(user.updatedAt.toISOString());
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('re-checks uniqueness against other users only', async () => {
    const user = await createUser(server.db.prisma, { username: 'caseonly' });
    const other = await createUser(server.db.prisma);
    const own = await server.execute(
      UpdateUser,
      { id: userId(user.id), input: { username: 'CaseOnly' } },
      { as: customer(user.id) },
    );
    expect(own.data?.updateUser.username).toBe('CaseOnly');

    const counts = await rowCounts(server.db.prisma);
    const taken = await server.execute(
      UpdateUser,
      { id: userId(user.id), input: { email: other.email.toUpperCase() } },
      { as: customer(user.id) },
    );
    expect([errorCodes(taken), taken.errors?.[0]?.extensions?.['field']]).toEqual([['CONFLICT'], 'email']);
    const takenName = await server.execute(
      UpdateUser,
      { id: userId(user.id), input: { username: other.username } },
      { as: admin },
    );
    expect([errorCodes(takenName), takenName.errors?.[0]?.extensions?.['field']]).toEqual([['CONFLICT'], 'username']);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('lets only admins change role and isActive', async () => {
    const user = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    for (const input of [{ role: 'ADMIN' as const }, { isActive: false }]) {
      const response = await server.execute(UpdateUser, { id: userId(user.id), input }, { as: customer(user.id) });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    const promoted = await server.execute(
      UpdateUser,
      { id: userId(user.id), input: { role: 'ADMIN', isActive: false } },
      { as: admin },
    );
    expect(promoted.data?.updateUser).toMatchObject({ role: 'ADMIN', isActive: false });
  });

  it('clears optional fields given as null', async () => {
    const user = await createUser(server.db.prisma, { phone: '+8613800000001', birthDate: new Date('1980-01-02') });
    const response = await server.execute(
      UpdateUser,
      { id: userId(user.id), input: { phone: null, birthDate: null } },
      { as: admin },
    );
    expect(response.data?.updateUser).toMatchObject({ phone: null, birthDate: null });
  });

  it('is NOT_FOUND for a missing or soft-deleted user', async () => {
    const deleted = await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false });
    for (const id of [999_999, deleted.id]) {
      const response = await server.execute(UpdateUser, { id: userId(id), input: { firstName: 'X' } }, { as: admin });
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
  });

  const badInputs: Array<[string, Record<string, unknown>]> = [
    ['username', { username: 'no spaces allowed' }],
    ['username', { username: null }],
    ['email', { email: 'broken@' }],
    ['email', { email: null }],
    ['firstName', { firstName: '' }],
    ['firstName', { firstName: null }],
    ['lastName', { lastName: '   ' }],
    ['birthDate', { birthDate: '1800-01-01' }],
    ['phone', { phone: '+0123' }],
    ['role', { role: null }],
    ['isActive', { isActive: null }],
  ];
  it.each(badInputs)('rejects an invalid %s (%o) with BAD_USER_INPUT, changing nothing', async (field, input) => {
    const user = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    expectBadUserInput(await server.execute(UpdateUser, { id: userId(user.id), input }, { as: admin }), field);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    expect(await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });

  it('rejects an id that is not a User ID', async () => {
    const response = await server.execute(
      UpdateUser,
      { id: encodeGlobalID('Product', 1), input: { firstName: 'X' } },
      { as: admin },
    );
    expectBadUserInput(response, 'id');
  });
});

describe('setUsersActive', () => {
  it('deactivates and reactivates users, counting those whose state changed, one audit entry each', async () => {
    const a = await createUser(server.db.prisma);
    const b = await createUser(server.db.prisma);
    const c = await createUser(server.db.prisma, { isActive: false });
    const ids = [a, b, c].map((user) => userId(user.id));
    const off = await server.execute(SetUsersActive, { ids, isActive: false }, { as: admin });
    expect(off.data?.setUsersActive.count).toBe(2);
    const rows = await server.db.prisma.user.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    expect(rows.every((row) => !row.isActive)).toBe(true);
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'User', entityId: { in: [a, b, c].map((u) => String(u.id)) } },
    });
    expect(audits.map((audit) => [audit.entityId, audit.changes]).sort()).toEqual(
      [a, b].map((user) => [String(user.id), { isActive: { old: true, new: false } }]).sort(),
    );
    const on = await server.execute(SetUsersActive, { ids: [...ids, ids[0]!], isActive: true }, { as: admin });
    expect(on.data?.setUsersActive.count).toBe(3);
  });

  it('is all or nothing: one unknown or deleted user and nobody changes', async () => {
    const a = await createUser(server.db.prisma);
    const deleted = await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false });
    const counts = await rowCounts(server.db.prisma);
    for (const missing of [999_998, deleted.id]) {
      const response = await server.execute(
        SetUsersActive,
        { ids: [userId(a.id), userId(missing)], isActive: false },
        { as: admin },
      );
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
    expectBadUserInput(
      await server.execute(SetUsersActive, { ids: [userId(a.id), 'garbage'], isActive: false }, { as: admin }),
      'ids',
    );
    expect((await server.db.prisma.user.findUniqueOrThrow({ where: { id: a.id } })).isActive).toBe(true);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });
});

describe('soft delete and restore', () => {
  it('soft-deletes (deletedAt, inactive, cannot log in), refuses twice, and restores', async () => {
    const user = await createUser(server.db.prisma);
    const deleted = await server.execute(SoftDeleteUser, { id: userId(user.id) }, { as: customer(user.id) });
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.softDeleteUser).toMatchObject({ isActive: false });
    expect(deleted.data?.softDeleteUser.deletedAt).not.toBeNull();

    const login = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      { headers: { 'x-forwarded-for': '10.9.0.1' } },
    );
    expect(errorCodes(login)).toEqual(['UNAUTHENTICATED']);

    const again = await server.execute(SoftDeleteUser, { id: userId(user.id) }, { as: admin });
    expect(errorCodes(again)).toEqual(['INVALID_STATE']);

    const restored = await server.execute(RestoreUser, { id: userId(user.id) }, { as: admin });
    expect(restored.data?.restoreUser).toEqual({ rowId: user.id, isActive: true, deletedAt: null });
    const restoredAgain = await server.execute(RestoreUser, { id: userId(user.id) }, { as: admin });
    expect(errorCodes(restoredAgain)).toEqual(['INVALID_STATE']);

    const relogin = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      { headers: { 'x-forwarded-for': '10.9.0.2' } },
    );
    expect(relogin.data?.logIn.token).toBeTruthy();

    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'User', entityId: String(user.id) },
      orderBy: { id: 'asc' },
    });
    expect(audits.map((audit) => (audit.changes as Record<string, unknown>)['_meta'])).toEqual([
      { softDeleted: true },
      { restored: true },
    ]);
  });
});

describe('deleteUser', () => {
  async function userWithOrders() {
    const user = await createUser(server.db.prisma);
    const p1 = await createProduct(server.db.prisma);
    const p2 = await createProduct(server.db.prisma);
    await createOrder(server.db.prisma, user.id, [
      { productId: p1.id, quantity: 1, unitPrice: '5.00' },
      { productId: p2.id, quantity: 2, unitPrice: '7.50' },
    ]);
    await createOrder(server.db.prisma, user.id, [{ productId: p1.id, quantity: 3, unitPrice: '5.00' }], {
      status: 'CANCELLED',
    });
    await createProfile(server.db.prisma, user.id, { bio: 'to go' });
    await createActivity(server.db.prisma, user.id);
    await createActivity(server.db.prisma, user.id, { kind: 'ORDER_PLACED' });
    return { user, p1 };
  }

  it('refuses a user with orders without cascade: CONFLICT with the count, nothing changes', async () => {
    const { user } = await userWithOrders();
    const counts = await rowCounts(server.db.prisma);
    for (const cascade of [false, undefined]) {
      const response = await server.execute(
        DeleteUser,
        { id: userId(user.id), ...(cascade === undefined ? {} : { cascade }) },
        { as: admin },
      );
      expect(errorCodes(response)).toEqual(['CONFLICT']);
      expect(response.errors?.[0]?.extensions?.['orderCount']).toBe(2);
    }
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('with cascade removes orders, items, profile and activities in one go and reports the counts', async () => {
    const bystander = await createUser(server.db.prisma);
    const { user, p1 } = await userWithOrders();
    await createOrder(server.db.prisma, bystander.id, [{ productId: p1.id, quantity: 1, unitPrice: '5.00' }]);
    const counts = await rowCounts(server.db.prisma);

    const response = await server.execute(DeleteUser, { id: userId(user.id), cascade: true }, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data?.deleteUser).toEqual({
      deletedUserId: userId(user.id),
      deletedOrders: 2,
      deletedOrderItems: 3,
      deletedProfile: true,
    });

    const after = await rowCounts(server.db.prisma);
    expect(after).toMatchObject({
      users: counts['users']! - 1,
      orders: counts['orders']! - 2,
      order_items: counts['order_items']! - 3,
      user_profiles: counts['user_profiles']! - 1,
      user_activities: counts['user_activities']! - 2,
      products: counts['products'],
    });
    expect(await server.db.prisma.order.count({ where: { customerId: bystander.id } })).toBe(1);
    const audits = await server.db.prisma.auditLog.findMany({
      where: { action: 'DELETE', actorId: admin.userId, createdAt: { gte: new Date(Date.now() - 60_000) } },
    });
    const userAudit = audits.find((audit) => audit.entity === 'User' && audit.entityId === String(user.id));
    expect((userAudit!.changes as Record<string, unknown>)['_meta']).toMatchObject({
      cascade: true,
      deletedOrders: 2,
      deletedOrderItems: 3,
      deletedProfile: true,
      deletedActivities: 2,
    });
    expect(audits.filter((audit) => audit.entity === 'Order')).toHaveLength(2);
    expect(audits.filter((audit) => audit.entity === 'UserProfile')).toHaveLength(1);
  });

  it('deletes a user without orders without cascade', async () => {
    const user = await createUser(server.db.prisma);
    const response = await server.execute(DeleteUser, { id: userId(user.id) }, { as: admin });
    expect(response.data?.deleteUser).toEqual({
      deletedUserId: userId(user.id),
      deletedOrders: 0,
      deletedOrderItems: 0,
      deletedProfile: false,
    });
    expect(await server.db.prisma.user.findUnique({ where: { id: user.id } })).toBeNull();
  });

  it('is NOT_FOUND for an unknown user, and refuses an admin deleting themself', async () => {
    expect(errorCodes(await server.execute(DeleteUser, { id: userId(999_997) }, { as: admin }))).toEqual(['NOT_FOUND']);
    expectBadUserInput(await server.execute(DeleteUser, { id: userId(admin.userId) }, { as: admin }), 'id');
  });
});
