import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onQuery, runInQueryScope, type QueryScope } from '../../src/db/query-observer.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { TEST_JWT_SECRET } from '../support/server.js';
import { signToken } from '../../src/auth/viewer.js';
import { createUser } from '../support/factories.js';
import { OpsHealth } from './support/operations.js';
import { createOpsServer, type LogLine } from './support/ops-server.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const requestLines = (lines: LogLine[]) =>
  lines.filter((line) => line.msg === 'request' || line.msg === 'request failed');

describe('request logging', () => {
  it('writes one JSON line per request with its id, operation, status, duration and statement count', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    const statementsOfRequest: string[] = [];
    const stop = onQuery((query) => {
      if (query.scope?.requestId === 'ops-log-0001') statementsOfRequest.push(query.sql);
    });
    const { response, body } = await server.post(OpsHealth, { headers: { 'x-request-id': 'ops-log-0001' } });
    stop();
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('ops-log-0001');

    const lines = requestLines(server.logs.lines());
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 30,
      requestId: 'ops-log-0001',
      operation: 'OpsHealth',
      status: 200,
      method: 'POST',
      path: '/graphql',
    });
    expect(typeof line!['durationMs']).toBe('number');
    expect(line!['errors']).toBeUndefined();
    expect(statementsOfRequest.length).toBeGreaterThan(0);
    expect(line!['statements']).toBe(statementsOfRequest.length);
  });

  it('makes up a request id when none, or an unusable one, is sent, and returns it', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    const plain = await server.post(OpsHealth);
    const odd = await server.post(OpsHealth, { headers: { 'x-request-id': 'has spaces and "quotes"' } });
    const long = await server.post(OpsHealth, { headers: { 'x-request-id': 'x'.repeat(129) } });
    const ids = [plain, odd, long].map(({ response }) => response.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
    expect(requestLines(server.logs.lines()).map((line) => line['requestId'])).toEqual(ids);
  });

  it('lists the error codes a request returned', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    await server.post(OpsHealth, { headers: { authorization: 'Bearer not-a-jwt' } });
    await server.post('query OpsLogInvalid { health { noSuchField } }');
    const lines = requestLines(server.logs.lines());
    expect(lines.map((line) => [line['operation'], line['errors']])).toEqual([
      ['OpsHealth', ['UNAUTHENTICATED']],
      ['OpsLogInvalid', ['GRAPHQL_VALIDATION_FAILED']],
    ]);
  });

  it('does not log errors the API means to return (FORBIDDEN, BAD_USER_INPUT) as server errors', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool, logLevel: 'debug' });
    const customer = await createUser(db.prisma);
    const { token } = await signToken({ userId: customer.id, role: 'CUSTOMER' }, TEST_JWT_SECRET, 600);
    const forbidden = await server.post('query OpsLogForbidden { reports { userStatistics { totalUsers } } }', {
      headers: { authorization: `Bearer ${token}` },
    });
    const badInput = await server.post('query OpsLogBadInput { products(first: 101) { totalCount } }');
    const badVariable = await server.post(
      'query OpsLogBadVariable($first: Int) { products(first: $first) { totalCount } }',
      {
        variables: { first: 'many' },
      },
    );
    expect(forbidden.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(badInput.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(badVariable.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const lines = server.logs.lines();
    expect(lines.filter((line) => Number(line['level']) >= 50)).toEqual([]);
    expect(requestLines(lines).map((line) => line['errors'])).toEqual([
      ['FORBIDDEN'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
  });

  it('never writes authorization headers, passwords, tokens or tax ids, even at trace level', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool, logLevel: 'trace' });
    const { token } = await signToken({ userId: 1, role: 'ADMIN' }, TEST_JWT_SECRET, 600);
    const secrets = {
      password: 'Pl41n-Passw0rd!',
      newPassword: 'N3w-Passw0rd!',
      token: 'reset-token-7f3a9c',
      taxId: 'DE-TAX-987654321',
    };
    await server.post(OpsHealth, { headers: { authorization: `Bearer ${token}` }, variables: { input: secrets } });
    await server.post(OpsHealth, { headers: { authorization: `Bearer ${token}x` }, variables: secrets });
    server.logs.log.info(
      { input: secrets, user: { profile: secrets }, headers: { authorization: `Bearer ${token}` } },
      'ops: explicit',
    );

    const text = server.logs.text();
    expect(requestLines(server.logs.lines())).toHaveLength(2);
    expect(text).toContain('ops: explicit');
    for (const secret of [token, ...Object.values(secrets)]) expect(text).not.toContain(secret);
  });

  it('respects the log level: request lines at info, probes only at debug', async () => {
    const atWarn = createOpsServer({ prisma: db.prisma, pool: db.pool, logLevel: 'warn' });
    await atWarn.post(OpsHealth);
    expect(atWarn.logs.lines()).toEqual([]);

    const atInfo = createOpsServer({ prisma: db.prisma, pool: db.pool, logLevel: 'info' });
    await atInfo.get('/health');
    await atInfo.post(OpsHealth);
    expect(requestLines(atInfo.logs.lines()).map((line) => line['path'])).toEqual(['/graphql']);

    const atDebug = createOpsServer({ prisma: db.prisma, pool: db.pool, logLevel: 'debug' });
    await atDebug.get('/health');
    expect(requestLines(atDebug.logs.lines())).toMatchObject([{ level: 20, path: '/health', status: 200 }]);
  });

  it('still counts a request’s statements in a query scope opened around it', async () => {
    const server = createOpsServer({ prisma: db.prisma, pool: db.pool });
    const outer: QueryScope = { statementCount: 0 };
    await runInQueryScope(outer, () => server.post(OpsHealth));
    const [line] = requestLines(server.logs.lines());
    expect(line!['statements']).toBeGreaterThan(0);
    expect(outer.statementCount).toBe(line!['statements']);
  });
});
