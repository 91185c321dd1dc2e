import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { createUser, DEFAULT_PASSWORD } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const SignUp = graphql(`
  mutation AuthSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      expiresAt
      user {
        rowId
        username
        email
        phone
        role
        isActive
        birthDate
      }
    }
  }
`);

const LogIn = graphql(`
  mutation AuthLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      expiresAt
      user {
        rowId
        lastLoginAt
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation AuthChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ config: { JWT_TTL_SECONDS: '7200', TRUST_PROXY: 'true' } });
});
afterAll(() => server.close());

let sequence = 0;
function signUpInput(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  return {
    username: `signup${sequence}`,
    email: `signup${sequence}@example.com`,
    password: 'Str0ng!pass',
    firstName: 'Ada',
    lastName: 'Lovelace',
    ...overrides,
  };
}

/**
 * Each log-in gets its own client address (TRUST_PROXY is on here), so failures
 * in one test never reach the per-address limit of another; auth-rate-limit
 * tests the limit itself.
 */
let addressSequence = 0;
function freshAddressServer() {
  return { headers: { 'x-forwarded-for': `10.0.0.${++addressSequence}` } };
}

describe('signUp', () => {
  it('creates an active customer, normalises email and a mainland mobile number, and returns a valid token', async () => {
    const input = signUpInput({ email: 'Mixed.Case@Example.COM', phone: '138 0013 8000', birthDate: '1990-05-17' });
    const before = Date.now();
    const response = await server.execute(SignUp, { input });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.signUp;
    expect(payload.user).toMatchObject({
      username: input.username,
      email: 'mixed.case@example.com',
      phone: '+8613800138000',
      role: 'CUSTOMER',
      isActive: true,
      birthDate: '1990-05-17',
    });
    const viewer = await verifyToken(payload.token, server.config.JWT_SECRET);
    expect(viewer).toEqual({ userId: payload.user.rowId, role: 'CUSTOMER', tokenVersion: 0 });
    const after = Date.now();
    const expiresAt = new Date(payload.expiresAt as string).getTime();
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7200_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(after + 7200_000 + 1000);

    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: payload.user.rowId } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(input.password);
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'User', entityId: String(row.id), action: 'CREATE' },
    });
    expect(audit.actorId).toBe(row.id);
    const recorded = JSON.stringify(audit.changes);
    expect(recorded).toContain('mixed.case@example.com');
    expect(recorded).not.toContain('passwordHash');
    expect(recorded).not.toContain('argon2');
    expect(await server.db.prisma.userActivity.count({ where: { userId: row.id, kind: 'SIGN_UP' } })).toBe(1);
  });

  it('trims surrounding spaces from the email', async () => {
    const response = await server.execute(SignUp, { input: signUpInput({ email: '  spaced@example.com ' }) });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.user.email).toBe('spaced@example.com');
  });

  it('refuses a username or email taken in another case with CONFLICT naming the field, changing nothing', async () => {
    const existing = await createUser(server.db.prisma, { username: 'TakenName', email: 'taken@example.com' });
    const counts = await rowCounts(server.db.prisma);

    const byUsername = await server.execute(SignUp, { input: signUpInput({ username: 'takenNAME' }) });
    expect(errorCodes(byUsername)).toEqual(['CONFLICT']);
    expect(byUsername.errors?.[0]?.extensions?.['field']).toBe('username');

    const byEmail = await server.execute(SignUp, { input: signUpInput({ email: 'TAKEN@example.com' }) });
    expect(errorCodes(byEmail)).toEqual(['CONFLICT']);
    expect(byEmail.errors?.[0]?.extensions?.['field']).toBe('email');

    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    expect(existing.id).toBeGreaterThan(0);
  });

  it('has no role field: a client cannot sign itself up as an admin', async () => {
    const response = await server.execute(SignUp, { input: { ...signUpInput(), role: 'ADMIN' } as never });
    expectBadUserInput(response, 'role');
  });

  const badInputs: Array<[string, Record<string, unknown>]> = [
    ['username', { username: 'ab' }],
    ['username', { username: 'has space' }],
    ['username', { username: 'at@sign' }],
    ['username', { username: 'x'.repeat(51) }],
    ['email', { email: 'not-an-email' }],
    ['email', { email: 'no-tld@localhost' }],
    ['password', { password: 'Sh0rt!' }],
    ['password', { password: 'nouppercase1!' }],
    ['password', { password: 'NOLOWERCASE1!' }],
    ['password', { password: 'NoDigitsHere!' }],
    ['password', { password: 'NoSymbols123' }],
    ['firstName', { firstName: '   ' }],
    ['firstName', { firstName: 'x'.repeat(101) }],
    ['lastName', { lastName: '' }],
    ['birthDate', { birthDate: '2999-01-01' }],
    ['birthDate', { birthDate: '1850-01-01' }],
    ['birthDate', { birthDate: 'yesterday' }],
    ['phone', { phone: '12345' }],
    ['phone', { phone: 'call me' }],
    ['username', { username: null }],
  ];
  it.each(badInputs)('rejects an invalid %s (%o) with BAD_USER_INPUT and changes nothing', async (field, override) => {
    const counts = await rowCounts(server.db.prisma);
    const response = await server.execute(SignUp, { input: signUpInput(override) });
    expectBadUserInput(response, field);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });
});

describe('logIn', () => {
  it('accepts the username or the email in any case, sets lastLoginAt and records a LOGIN activity', async () => {
    const user = await createUser(server.db.prisma, { username: 'loginByName', email: 'login.by@example.com' });
    expect(user.lastLoginAt).toBeNull();

    const byName = await server.execute(
      LogIn,
      { input: { login: 'LOGINBYNAME', password: DEFAULT_PASSWORD } },
      freshAddressServer(),
    );
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.logIn.user.rowId).toBe(user.id);
    expect(await verifyToken(byName.data!.logIn.token, server.config.JWT_SECRET)).toEqual({
      userId: user.id,
      role: 'CUSTOMER',
      tokenVersion: 0,
    });

    const byEmail = await server.execute(
      LogIn,
      { input: { login: ' Login.By@Example.com ', password: DEFAULT_PASSWORD } },
      freshAddressServer(),
    );
    expect(byEmail.errors).toBeUndefined();
    expect(byEmail.data?.logIn.user.rowId).toBe(user.id);

    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastLoginAt).not.toBeNull();
    expect(byEmail.data?.logIn.user.lastLoginAt).toBe(row.lastLoginAt!.toISOString());
    expect(row.updatedAt).toEqual(user.updatedAt);
    expect(await server.db.prisma.userActivity.count({ where: { userId: user.id, kind: 'LOGIN' } })).toBe(2);
  });

  it('answers an unknown login and a wrong password with the same error, changing nothing', async () => {
    const user = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    const unknown = await server.execute(
      LogIn,
      { input: { login: 'nobody-here', password: DEFAULT_PASSWORD } },
      freshAddressServer(),
    );
    const wrong = await server.execute(
      LogIn,
      { input: { login: user.username, password: 'Wr0ng!pass' } },
      freshAddressServer(),
    );
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.data ?? null).toBeNull();
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastLoginAt).toBeNull();
  });

  it('refuses inactive and soft-deleted accounts with that same error even with the right password', async () => {
    const wrong = await server.execute(
      LogIn,
      { input: { login: 'nobody-at-all', password: DEFAULT_PASSWORD } },
      freshAddressServer(),
    );
    const inactive = await createUser(server.db.prisma, { isActive: false });
    const deleted = await createUser(server.db.prisma, { isActive: false, deletedAt: new Date() });
    for (const user of [inactive, deleted]) {
      const response = await server.execute(
        LogIn,
        { input: { login: user.username, password: DEFAULT_PASSWORD } },
        freshAddressServer(),
      );
      expect(response.errors).toEqual(wrong.errors);
    }
    expect(await server.db.prisma.userActivity.count({ where: { userId: { in: [inactive.id, deleted.id] } } })).toBe(0);
  });
});

describe('changePassword', () => {
  it('needs a signed-in user', async () => {
    const response = await server.execute(ChangePassword, {
      input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'N3w!password' },
    });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects a wrong current password and a weak or unchanged new one, changing nothing', async () => {
    const user = await createUser(server.db.prisma);
    const as = { userId: user.id, role: 'CUSTOMER' as const };
    const counts = await rowCounts(server.db.prisma);
    expectBadUserInput(
      await server.execute(
        ChangePassword,
        { input: { currentPassword: 'Wr0ng!pass', newPassword: 'N3w!password' } },
        { as },
      ),
      'currentPassword',
    );
    expectBadUserInput(
      await server.execute(
        ChangePassword,
        { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'weakpass' } },
        { as },
      ),
      'newPassword',
    );
    expectBadUserInput(
      await server.execute(
        ChangePassword,
        { input: { currentPassword: DEFAULT_PASSWORD, newPassword: DEFAULT_PASSWORD } },
        { as },
      ),
      'newPassword',
    );
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBe(user.passwordHash);
  });

  it('replaces the password: the old one stops working, the new one logs in; audited without the hash', async () => {
    const user = await createUser(server.db.prisma);
    const as = { userId: user.id, role: 'CUSTOMER' as const };
    const response = await server.execute(
      ChangePassword,
      { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'N3w!password' } },
      { as },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.changePassword).toBe(true);

    const old = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      freshAddressServer(),
    );
    expect(errorCodes(old)).toEqual(['UNAUTHENTICATED']);
    const fresh = await server.execute(
      LogIn,
      { input: { login: user.username, password: 'N3w!password' } },
      freshAddressServer(),
    );
    expect(fresh.data?.logIn.user.rowId).toBe(user.id);

    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const audits = await server.db.prisma.auditLog.findMany({
      where: { entity: 'User', entityId: String(user.id), action: 'UPDATE' },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(user.id);
    const recorded = JSON.stringify(audits[0]!.changes);
    expect(recorded).toContain('passwordChanged');
    expect(recorded).not.toContain(row.passwordHash);
    expect(recorded).not.toContain(user.passwordHash);
    expect(recorded).not.toContain('N3w!password');
    expect(await server.db.prisma.userActivity.count({ where: { userId: user.id, kind: 'PASSWORD_CHANGED' } })).toBe(1);
  });
});

describe('password rules', () => {
  it('signUp names every rule the password breaks, not only the first', async () => {
    const server = await createTestServer();
    try {
      const response = await server.execute(
        `mutation { signUp(input: { username: "rules", email: "rules@example.com", password: "abc", firstName: "R", lastName: "S" }) { token } }`,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(response.errors?.[0]?.message).toBe(
        'Password must be at least 8 characters, contain an upper-case letter, contain a digit, contain a symbol',
      );
    } finally {
      await server.close();
    }
  });
});
