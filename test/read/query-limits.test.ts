import { getIntrospectionQuery } from 'graphql';
import type pino from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { QUERY_LIMITS } from '../../src/lib/query-limits.js';
import { createServer } from '../../src/yoga.js';
import { createAdmin } from '../support/factories.js';
import { createTestServer, errorCodes, testConfig, TEST_JWT_SECRET, type TestServer } from '../support/server.js';
import { signToken } from '../../src/auth/viewer.js';

let server: TestServer;
let admin = { userId: 0, role: 'ADMIN' as const };

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
});

afterAll(async () => {
  await server?.close();
});

/** `{ a { b { c … } } }` nested `depth` levels through category parents. */
function nestedParents(depth: number): string {
  let selection = 'name';
  for (let level = 0; level < depth - 2; level++) selection = `parent { ${selection} }`;
  return `{ categories { ${selection} } }`;
}

describe('query limits', () => {
  it(`refuses depth beyond ${QUERY_LIMITS.maxDepth} with QUERY_TOO_COMPLEX`, async () => {
    const ok = await server.execute(nestedParents(QUERY_LIMITS.maxDepth));
    expect(ok.errors).toBeUndefined();
    const tooDeep = await server.execute(nestedParents(QUERY_LIMITS.maxDepth + 1));
    expect(errorCodes(tooDeep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(tooDeep.data ?? null).toBeNull();
  });

  it(`refuses more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `h${i}: health { status }`).join(' ')} }`;
    expect((await server.execute(aliases(QUERY_LIMITS.maxAliases))).errors).toBeUndefined();
    expect(errorCodes(await server.execute(aliases(QUERY_LIMITS.maxAliases + 1)))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('refuses a query whose cost (fields × literal page sizes) exceeds the limit', async () => {
    const nested = (inner: number) =>
      `{ users(first: 100) { nodes { orders(first: ${inner}) { nodes { items { quantity product { name sku price } } } } } } }`;
    expect((await server.execute(nested(5), {}, { as: admin })).errors).toBeUndefined();
    const response = await server.execute(nested(100), {}, { as: admin });
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors?.[0]?.message).toContain('Cost');
  });

  it('refuses an oversized document (token limit)', async () => {
    const huge = `{ ${Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    expect(errorCodes(await server.execute(huge))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('still allows GraphiQL’s introspection query and the contract’s deep reads', async () => {
    const introspection = await server.execute(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    expect(introspection.errors).toBeUndefined();
    const deep = await server.execute(
      `{ orders(first: 100) { edges { node { customer { orders(first: 5) { nodes { items { product { category { parent { path } } } } } } } } } } }`,
      {},
      { as: admin },
    );
    expect(deep.errors).toBeUndefined();
  });
});

describe('unexpected errors', () => {
  it('are masked as INTERNAL_SERVER_ERROR without SQL or stack, and logged with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = testConfig({ NODE_ENV: 'production' });
    const yoga = createServer({
      prisma: server.db.prisma,
      config,
      log: createLogger('error', sink as unknown as pino.DestinationStream),
    });
    // Break the table under the running server: the SQL error must not reach the client.
    await server.db.pool.query('ALTER TABLE audit_logs RENAME TO audit_logs_hidden');
    try {
      const token = (await signToken(admin, TEST_JWT_SECRET, 60)).token;
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': 'masked-error-test-1',
        },
        body: JSON.stringify({ query: '{ auditLog(first: 5) { totalCount nodes { entity } } }' }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(body);
      for (const leak of ['audit_logs', 'SELECT', 'relation', 'prisma', 'stack', '.ts:', 'at '])
        expect(text).not.toContain(leak);
      expect(Object.keys(body.errors![0]!.extensions ?? {})).toEqual(['code']);
      const logged = lines.find((line) => line['msg'] === 'unexpected error');
      expect(logged?.['requestId']).toBe('masked-error-test-1');
      expect(JSON.stringify(logged)).toContain('audit_logs');
    } finally {
      await server.db.pool.query('ALTER TABLE audit_logs_hidden RENAME TO audit_logs');
    }
  });
});
