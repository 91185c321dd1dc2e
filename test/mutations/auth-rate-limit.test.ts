import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LoginAttemptLimiter', () => {
  it('limits a login after 5 failures within the window and forgets them after it', async () => {
    const limiter = new LoginAttemptLimiter(5, 1);
    for (let i = 0; i < 4; i++) await limiter.recordFailure('ann', `10.0.0.${i}`);
    expect(await limiter.retryAfterSeconds('ann', '10.0.0.9')).toBe(0);
    await limiter.recordFailure('ann', '10.0.0.4');
    expect(await limiter.retryAfterSeconds('ANN', '10.0.0.9')).toBe(1);
    expect(await limiter.retryAfterSeconds('bob', '10.0.0.9')).toBe(0);
    await sleep(1_100);
    expect(await limiter.retryAfterSeconds('ann', '10.0.0.9')).toBe(0);
  });

  it('limits a client address across logins with its own, larger budget, and a success clears only the login', async () => {
    const limiter = new LoginAttemptLimiter(5, 60, 20);
    for (let i = 0; i < 19; i++) await limiter.recordFailure(`user${i}`, '10.1.1.1');
    expect(await limiter.retryAfterSeconds('someone-else', '10.1.1.1')).toBe(0);
    await limiter.recordFailure('user19', '10.1.1.1');
    expect(await limiter.retryAfterSeconds('someone-else', '10.1.1.1')).toBeGreaterThan(0);
    expect(await limiter.retryAfterSeconds('someone-else', '10.1.1.2')).toBe(0);

    for (let i = 0; i < 4; i++) await limiter.recordFailure('carol', `10.2.0.${i}`);
    await limiter.recordSuccess('carol');
    await limiter.recordFailure('carol', '10.2.0.9');
    expect(await limiter.retryAfterSeconds('carol', '10.2.1.1')).toBe(0);
  });

  it('shares its budgets between instances through Redis', async () => {
    const redisUrl = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
    const [one, two] = [new Redis(redisUrl), new Redis(redisUrl)];
    try {
      const login = `shared-${Date.now()}-${Math.random()}`;
      const first = new LoginAttemptLimiter(3, 60, 100, { redis: one });
      const second = new LoginAttemptLimiter(3, 60, 100, { redis: two });
      for (let i = 0; i < 3; i++) await first.recordFailure(login, '10.9.0.1');
      expect(await second.retryAfterSeconds(login, '10.9.0.2')).toBeGreaterThan(0);
      await second.recordSuccess(login);
      expect(await first.retryAfterSeconds(login, '10.9.0.3')).toBe(0);
    } finally {
      one.disconnect();
      two.disconnect();
    }
  });
});

describe('the query cost budget', () => {
  it('refuses an operation once the client has spent its budget for the minute, with retryAfter', async () => {
    const server = await createTestServer({ config: { QUERY_COST_BUDGET_PER_MINUTE: '300' } });
    try {
      const query = '{ products(first: 20) { nodes { name sku price } } }';
      expect((await server.execute(query)).errors).toBeUndefined();
      expect((await server.execute(query)).errors).toBeUndefined();
      const refused = await server.execute(query);
      expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
      expect(refused.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThan(0);
      // Another client (a signed-in account) has its own budget.
      const user = await createUser(server.db.prisma);
      expect((await server.execute(query, {}, { as: { userId: user.id, role: 'CUSTOMER' } })).errors).toBeUndefined();
    } finally {
      await server.close();
    }
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
    expect(limited.errors?.[0]?.extensions?.['retryAfter']).toBeGreaterThan(0);

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
    const unaffected = await server.execute(
      LogIn,
      { input: { login: other.username, password: DEFAULT_PASSWORD } },
      from('10.3.1.2'),
    );
    expect(unaffected.data?.logIn.user.rowId).toBe(other.id);
  });

  it('limits one address trying many logins (its own budget), and only that address', async () => {
    const user = await createUser(server.db.prisma);
    for (let i = 0; i < 8; i++) {
      await server.execute(LogIn, { input: { login: `guess${i}`, password: 'Wr0ng!pass' } }, from('10.4.0.1'));
    }
    const limited = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      from('10.4.0.1'),
    );
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    const elsewhere = await server.execute(
      LogIn,
      { input: { login: user.username, password: DEFAULT_PASSWORD } },
      from('10.4.0.2'),
    );
    expect(elsewhere.data?.logIn.user.rowId).toBe(user.id);
  });
});
