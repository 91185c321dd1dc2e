import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginAttemptLimiter } from '../../src/auth/rate-limit.js';
import { graphql } from '../generated/index.js';
import { createUser, DEFAULT_PASSWORD } from '../support/factories.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const LogIn = graphql(`
  mutation AuthRateLimitLogIn($input: LogInInput!) {
    logIn(input: $input) {
      user {
        rowId
      }
    }
  }
`);

describe('LoginAttemptLimiter', () => {
  it('limits a login after 5 failures within the window and forgets them after it', () => {
    let now = 1_000_000;
    const limiter = new LoginAttemptLimiter(5, 60, () => now);
    for (let i = 0; i < 4; i++) limiter.recordFailure('ann', `10.0.0.${i}`);
    expect(limiter.retryAfterSeconds('ann', '10.0.0.9')).toBe(0);
    limiter.recordFailure('ann', '10.0.0.4');
    expect(limiter.retryAfterSeconds('ANN', '10.0.0.9')).toBe(60);
    expect(limiter.retryAfterSeconds('bob', '10.0.0.9')).toBe(0);
    now += 59_000;
    expect(limiter.retryAfterSeconds('ann', '10.0.0.9')).toBe(1);
    now += 1_000;
    expect(limiter.retryAfterSeconds('ann', '10.0.0.9')).toBe(0);
  });

  it('limits a client address across logins with its own, larger budget, and a success clears only the login', () => {
    const limiter = new LoginAttemptLimiter(5, 60, () => 0, 20);
    for (let i = 0; i < 19; i++) limiter.recordFailure(`user${i}`, '10.1.1.1');
    expect(limiter.retryAfterSeconds('someone-else', '10.1.1.1')).toBe(0);
    limiter.recordFailure('user19', '10.1.1.1');
    expect(limiter.retryAfterSeconds('someone-else', '10.1.1.1')).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('someone-else', '10.1.1.2')).toBe(0);

    for (let i = 0; i < 4; i++) limiter.recordFailure('carol', `10.2.0.${i}`);
    limiter.recordSuccess('carol');
    limiter.recordFailure('carol', '10.2.0.9');
    expect(limiter.retryAfterSeconds('carol', '10.2.1.1')).toBe(0);
  });
});

describe('logIn rate limit behind no proxy (X-Forwarded-For ignored)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('answers RATE_LIMITED after 5 failures, even with the right password and a forged X-Forwarded-For', async () => {
    const user = await createUser(server.db.prisma);
    for (let i = 0; i < 5; i++) {
      const response = await server.execute(
        LogIn,
        { input: { login: user.username, password: `Wr0ng!${i}` } },
        { headers: { 'x-forwarded-for': `192.0.2.${i}` } },
      );
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
    const limited = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      { headers: { 'x-forwarded-for': '198.51.100.7' } },
    );
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);

    // Another account's right password from the same address still works: budgets are per login.
    const other = await createUser(server.db.prisma);
    const otherLogin = await server.execute(LogIn, { input: { login: other.username, password: DEFAULT_PASSWORD } });
    expect(otherLogin.data?.logIn.user.rowId).toBe(other.id);

    const row = await server.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lastLoginAt).toBeNull();
    expect(await server.db.prisma.userActivity.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('logIn rate limit behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ config: { TRUST_PROXY: 'true', LOGIN_ADDRESS_RATE_LIMIT: '8' } });
  });
  afterAll(() => server.close());

  const from = (address: string) => ({ headers: { 'x-forwarded-for': `203.0.113.250, ${address}` } });

  it('limits one login tried from many addresses', async () => {
    const user = await createUser(server.db.prisma);
    for (let i = 0; i < 5; i++) {
      await server.execute(LogIn, { input: { login: user.email, password: 'Wr0ng!pass' } }, from(`10.3.0.${i}`));
    }
    const limited = await server.execute(
      LogIn,
      { input: { login: user.email.toUpperCase(), password: DEFAULT_PASSWORD } },
      from('10.3.1.1'),
    );
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);

    const other = await createUser(server.db.prisma);
    const unaffected = await server.execute(LogIn, { input: { login: other.username, password: DEFAULT_PASSWORD } }, from('10.3.1.2'));
    expect(unaffected.data?.logIn.user.rowId).toBe(other.id);
  });

  it('limits one address trying many logins (its own budget), and only that address', async () => {
    const user = await createUser(server.db.prisma);
    for (let i = 0; i < 8; i++) {
      await server.execute(LogIn, { input: { login: `guess${i}`, password: 'Wr0ng!pass' } }, from('10.4.0.1'));
    }
    const limited = await server.execute(LogIn, { input: { login: user.username, password: DEFAULT_PASSWORD } }, from('10.4.0.1'));
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    const elsewhere = await server.execute(LogIn, { input: { login: user.username, password: DEFAULT_PASSWORD } }, from('10.4.0.2'));
    expect(elsewhere.data?.logIn.user.rowId).toBe(user.id);
  });
});
