import { encodeGlobalID } from '@pothos/plugin-relay';
import { gunzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createOrder, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import pino from 'pino';
import { createServer } from '../../src/yoga.js';
import {
  createTestServer,
  errorCodes,
  expectBadUserInput,
  TEST_JWT_SECRET,
  testConfig,
  type TestServer,
} from '../support/server.js';

/** Each request here once ended as INTERNAL_SERVER_ERROR, a 500 or a hang (issue: hardening). */
let server: TestServer;
let admin: { userId: number; role: 'ADMIN' };
let customer: { userId: number; role: 'CUSTOMER' };

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
  customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
});
afterAll(() => server?.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await server.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

function expectNoLeak(text: string): void {
  for (const leak of ['stack', '.ts:', '.js:', 'node_modules', 'at Object', 'prisma', 'SELECT'])
    expect(text).not.toContain(leak);
}

describe('node and nodes', () => {
  it('answer null for unknown ids in their positions, and for ids that cannot name a row', async () => {
    const product = await createProduct(server.db.prisma);
    const ids = [
      encodeGlobalID('Product', product.id),
      encodeGlobalID('Product', 999_999),
      encodeGlobalID('Product', '2147483648'),
      encodeGlobalID('User', 'abc'),
    ];
    const response = await server.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }, { as: admin });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ nodes: [{ id: ids[0] }, null, null, null] });
    for (const id of ids.slice(1)) {
      const single = await server.execute(`query($id: ID!) { node(id: $id) { id } }`, { id }, { as: admin });
      expect(single).toEqual({ data: { node: null } });
    }
  });

  it('caps nodes at 100 ids', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => encodeGlobalID('Product', index + 1));
    expectBadUserInput(await server.execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids }), 'ids');
  });
});

describe('malformed request parameters', () => {
  it.each([
    { query: '{ health { status } }', operationName: 42 },
    { query: 42 },
    { query: '{ health { status } }', variables: 'nope' },
    { query: '{ health { status } }', extensions: [1] },
    [1, 2],
  ])('%j is a 400 with a code and no stack', async (body) => {
    const { status, text, body: parsed } = await post(body);
    expect(status).toBe(400);
    expect(parsed.errors?.[0]?.extensions?.['code']).toBeTruthy();
    expectNoLeak(text);
  });

  it('GET with unparsable variables is a 400', async () => {
    const response = await server.yoga.fetch('http://test/graphql?query=%7Bhealth%7Bstatus%7D%7D&variables=%7Bbad');
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBeTruthy();
    expectNoLeak(text);
  });

  it('gives validation errors a code', async () => {
    const { body } = await post({ query: '{ nothingHere }' });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const subscription = await post({ query: 'subscription { nothingHere }' });
    expect(subscription.body.errors?.[0]?.extensions?.['code']).toBeTruthy();
  });

  it('refuses a body over the limit with 413', async () => {
    const { status } = await post({ query: `{ health { status } } # ${'x'.repeat(1_100_000)}` });
    expect(status).toBe(413);
  });

  it('counts a body sent without Content-Length (chunked) as it arrives', async () => {
    const streamed = (text: string) =>
      server.yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            const bytes = new TextEncoder().encode(text);
            for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.slice(at, at + 64 * 1024));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const small = await streamed(JSON.stringify({ query: '{ health { status } }' }));
    expect(small.status).toBe(200);
    expect(((await small.json()) as { data: unknown }).data).toEqual({ health: { status: expect.any(String) } });
    const large = await streamed(JSON.stringify({ query: `{ health { status } } # ${'x'.repeat(1_100_000)}` }));
    expect(large.status).toBe(413);
    const text = await large.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expectNoLeak(text);
  });

  it('refuses a Content-Length that is not a byte count', async () => {
    const { status, body } = await post({ query: '{ health { status } }' }, { 'content-length': '12, 12' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
  });
});

describe('strings that reach SQL', () => {
  it.each([
    ['products(search:)', `{ products(first: 1, search: "a\\u0000b") { totalCount } }`, 'search'],
    ['productBySku', `{ productBySku(sku: "A\\u0000") { id } }`, 'sku'],
    [
      'a nested filter',
      `{ products(first: 1, filter: { name: { contains: "\\u0000" } }) { totalCount } }`,
      'filter.name.contains',
    ],
  ])('a NUL character in %s is BAD_USER_INPUT naming the field', async (_name, query, field) => {
    expectBadUserInput(await server.execute(query, {}, { as: admin }), field);
  });

  it('a NUL in a variable of a mutation input names the input field', async () => {
    const before = await rowCounts(server.db.prisma);
    const response = await server.execute(
      `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`,
      { input: { name: 'Bad\u0000name' } },
      { as: admin },
    );
    expectBadUserInput(response, 'name');
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('search is capped at 200 characters and every string at 10,000', async () => {
    expectBadUserInput(
      await server.execute(`query($s: String) { products(first: 1, search: $s) { totalCount } }`, {
        s: 'a'.repeat(201),
      }),
      'search',
    );
    expect(
      (
        await server.execute(`query($s: String) { products(first: 1, search: $s) { totalCount } }`, {
          s: 'a'.repeat(200),
        })
      ).errors,
    ).toBeUndefined();
    expectBadUserInput(
      await server.execute(`query($s: String!) { productBySku(sku: $s) { id } }`, { s: 'a'.repeat(10_001) }),
      'sku',
    );
  });
});

describe('ids, dates and numbers out of range', () => {
  it.each([
    ['product', `{ product(id: "${encodeGlobalID('Product', '2147483648')}") { id } }`, 'id'],
    ['user', `{ user(id: "${encodeGlobalID('User', '999999999999')}") { id } }`, 'id'],
    ['user (non-numeric)', `{ user(id: "${encodeGlobalID('User', 'abc')}") { id } }`, 'id'],
    ['user (1e0)', `{ user(id: "${encodeGlobalID('User', '1e0')}") { id } }`, 'id'],
    [
      'orders(filter: customerId)',
      `{ orders(first: 1, filter: { customerId: "${encodeGlobalID('User', '2147483648')}" }) { totalCount } }`,
      'filter.customerId',
    ],
    [
      'auditLog(filter: actorId)',
      `{ auditLog(first: 1, filter: { actorId: "${encodeGlobalID('User', '99999999999')}" }) { totalCount } }`,
      'filter.actorId',
    ],
  ])('%s: BAD_USER_INPUT naming the field', async (_name, query, field) => {
    const response = await server.execute(query, {}, { as: admin });
    expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['field']])).toEqual([
      ['BAD_USER_INPUT', field],
    ]);
  });

  it('setUsersActive with an id past int4 is BAD_USER_INPUT', async () => {
    const response = await server.execute(
      `mutation($ids: [ID!]!) { setUsersActive(ids: $ids, isActive: false) { count } }`,
      { ids: [encodeGlobalID('User', '2147483648')] },
      { as: admin },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('impossible dates in filters, reports and cursors are BAD_USER_INPUT', async () => {
    const filter = await server.execute(
      `{ orders(first: 1, filter: { createdAt: { gte: "0000-01-01T00:00:00Z" } }) { totalCount } }`,
      {},
      { as: admin },
    );
    expect(errorCodes(filter)).toEqual(['BAD_USER_INPUT']);
    const report = await server.execute(
      `{ reports { runningTotals(from: "0000-01-01T00:00:00Z") { runningTotal } } }`,
      {},
      { as: admin },
    );
    expect(errorCodes(report)).toEqual(['BAD_USER_INPUT']);
    const forged = Buffer.from(JSON.stringify(['CREATED_AT:DESC,id', '2024-02-30T00:00:00.000Z', '5'])).toString(
      'base64url',
    );
    const cursor = await server.execute(
      `query($after: String) { orders(first: 1, after: $after) { totalCount } }`,
      { after: forged },
      { as: admin },
    );
    expectBadUserInput(cursor, 'after');
  });

  it('a Decimal beyond NUMERIC(12,2) is BAD_USER_INPUT, a JSON integer within it is accepted', async () => {
    const tooBig = await server.execute(
      `mutation { createProduct(input: { sku: "BIG-1", name: "Big", price: 99999999999 }) { id } }`,
      {},
      { as: admin },
    );
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    const cents = await server.execute(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { price } }`,
      { input: { sku: 'CENTS-1', name: 'Cents', price: 19 } },
      { as: admin },
    );
    expect(cents).toEqual({ data: { createProduct: { price: '19.00' } } });
  });
});

describe('nesting and cost through variables', () => {
  it('refuses a filter nested 3,000 levels deep, and one past 10 and/or/not levels', async () => {
    let deep: Record<string, unknown> = { isActive: true };
    for (let i = 0; i < 3000; i++) deep = { not: deep };
    const response = await server.execute(
      `query($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }`,
      { f: deep },
    );
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    let eleven: Record<string, unknown> = { isActive: true };
    for (let i = 0; i < 11; i++) eleven = { and: [eleven] };
    expect(
      errorCodes(
        await server.execute(`query($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }`, {
          f: eleven,
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    let ten: Record<string, unknown> = { isActive: true };
    for (let i = 0; i < 10; i++) ten = { or: [ten] };
    expect(
      (await server.execute(`query($f: ProductFilter) { products(first: 1, filter: $f) { totalCount } }`, { f: ten }))
        .errors,
    ).toBeUndefined();
  });

  it('counts page sizes passed as variables in the cost limit, without calling it a syntax error', async () => {
    const query = `query($outer: Int, $inner: Int) { users(first: $outer) { nodes { orders(first: $inner) { nodes { items { quantity product { name sku price } } } } } } }`;
    expect((await server.execute(query, { outer: 100, inner: 5 }, { as: admin })).errors).toBeUndefined();
    const response = await server.execute(query, { outer: 100, inner: 100 }, { as: admin });
    expect(errorCodes(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.errors?.[0]?.message).not.toContain('Syntax Error');
  });
});

describe('sessions and tokens', () => {
  const Me = `{ me { rowId } }`;

  it('refuses a token without exp and a non-canonical subject', async () => {
    const key = new TextEncoder().encode(TEST_JWT_SECRET);
    const noExp = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(admin.userId))
      .setIssuedAt()
      .sign(key);
    expect(errorCodes(await server.execute(Me, {}, { token: noExp }))).toEqual(['UNAUTHENTICATED']);
    const oddSubject = await new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(`${admin.userId}e0`)
      .setExpirationTime('1h')
      .sign(key);
    expect(errorCodes(await server.execute(Me, {}, { token: oddSubject }))).toEqual(['UNAUTHENTICATED']);
  });

  it('an Authorization header that is not "Bearer <token>" is UNAUTHENTICATED, not anonymous', async () => {
    const response = await server.execute(
      `{ products(first: 1) { totalCount } }`,
      {},
      { headers: { authorization: 'Basic Zm9vOmJhcg==' } },
    );
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors?.[0]?.message).toContain('Bearer');
  });

  it('logOut ends every earlier token of the caller, not other users’', async () => {
    const user = await createUser(server.db.prisma);
    const other = await createUser(server.db.prisma);
    const login = (name: string) =>
      server.execute(`mutation($input: LogInInput!) { logIn(input: $input) { token } }`, {
        input: { login: name, password: 'Passw0rd!' },
      });
    const first = ((await login(user.username)).data as { logIn: { token: string } }).logIn.token;
    const second = ((await login(user.username)).data as { logIn: { token: string } }).logIn.token;
    const others = ((await login(other.username)).data as { logIn: { token: string } }).logIn.token;
    expect(await server.execute(`mutation { logOut }`, {}, { token: first })).toEqual({ data: { logOut: true } });
    expect(errorCodes(await server.execute(Me, {}, { token: first }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await server.execute(Me, {}, { token: second }))).toEqual(['UNAUTHENTICATED']);
    expect(await server.execute(Me, {}, { token: others })).toEqual({ data: { me: { rowId: other.id } } });
    const fresh = ((await login(user.username)).data as { logIn: { token: string } }).logIn.token;
    expect(await server.execute(Me, {}, { token: fresh })).toEqual({ data: { me: { rowId: user.id } } });
    expect(errorCodes(await server.execute(`mutation { logOut }`))).toEqual(['UNAUTHENTICATED']);
  });

  it('changePassword ends earlier tokens too', async () => {
    const user = await createUser(server.db.prisma);
    const token = (
      (
        await server.execute(
          `mutation { logIn(input: { login: "${user.username}", password: "Passw0rd!" }) { token } }`,
        )
      ).data as {
        logIn: { token: string };
      }
    ).logIn.token;
    const changed = await server.execute(
      `mutation { changePassword(input: { currentPassword: "Passw0rd!", newPassword: "N3w-Passw0rd!" }) }`,
      {},
      { token },
    );
    expect(changed).toEqual({ data: { changePassword: true } });
    expect(errorCodes(await server.execute(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('probing', () => {
  it('cancelOrder is FORBIDDEN for another customer’s order and for an unknown id alike', async () => {
    const owner = await createUser(server.db.prisma);
    const product = await createProduct(server.db.prisma);
    const order = await createOrder(server.db.prisma, owner.id, [
      { productId: product.id, quantity: 1, unitPrice: '10.00' },
    ]);
    const cancel = (id: number) =>
      server.execute(
        `mutation($id: ID!) { cancelOrder(id: $id) { id } }`,
        { id: encodeGlobalID('Order', id) },
        { as: customer },
      );
    expect(errorCodes(await cancel(order.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await cancel(987_654))).toEqual(['FORBIDDEN']);
  });
});

describe('production defaults', () => {
  const serverWith = (overrides: Record<string, string>) =>
    createServer({
      prisma: server.db.prisma,
      config: testConfig({ NODE_ENV: 'production', ...overrides }),
      log: pino({ level: 'silent' }),
    });
  const introspect = (yoga: ReturnType<typeof serverWith>) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });

  it('serve neither GraphiQL nor introspection unless GRAPHIQL=true', async () => {
    const production = serverWith({});
    const page = await production.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<html');
    const refused = (await (await introspect(production)).json()) as {
      errors?: { extensions?: Record<string, unknown> }[];
    };
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const opened = serverWith({ GRAPHIQL: 'true' });
    expect(((await (await introspect(opened)).json()) as { data?: unknown }).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect(await (await opened.fetch('http://test/graphql', { headers: { accept: 'text/html' } })).text()).toContain(
      '<html',
    );
  });

  it('allow no cross-origin caller unless CORS_ORIGINS lists it', async () => {
    const preflight = (yoga: ReturnType<typeof serverWith>, origin: string) =>
      yoga.fetch('http://test/graphql', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const closed = await preflight(serverWith({}), 'https://evil.example');
    expect(closed.headers.get('access-control-allow-origin')).toBeNull();
    const listed = serverWith({ CORS_ORIGINS: 'https://shop.example, https://admin.shop.example' });
    expect((await preflight(listed, 'https://shop.example')).headers.get('access-control-allow-origin')).toBe(
      'https://shop.example',
    );
    expect((await preflight(listed, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });
});

describe('the first request', () => {
  it('GET / leads to GraphiQL, which is served compressed with cache headers and answers 304 when unchanged', async () => {
    const root = await server.yoga.fetch('http://test/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
    const page = await server.yoga.fetch('http://test/graphql', {
      headers: { accept: 'text/html', 'accept-encoding': 'gzip, br' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toContain('max-age');
    const compressed = Buffer.from(await page.arrayBuffer());
    expect(gunzipSync(compressed).toString('utf8')).toContain('<html');
    expect(compressed.length).toBeLessThan(4_000_000);
    const again = await server.yoga.fetch('http://test/graphql', {
      headers: { accept: 'text/html', 'if-none-match': page.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('GraphiQL opens with a public tab and a customer tab whose Headers hold an Authorization template', async () => {
    const page = await server.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    const tabs = /defaultTabs":(\[.*?\]),"endpoint"/.exec(html)?.[1];
    expect(tabs).toBeDefined();
    const parsed = JSON.parse(tabs!) as Array<{ query: string; headers: string | null }>;
    expect(parsed.map((tab) => /^(?:query|mutation) (\w+)/m.exec(tab.query)?.[1])).toEqual(['Example', 'LogIn']);
    expect(parsed[1]!.query).toContain('query MyOrders');
    expect(JSON.parse(parsed[1]!.headers!)).toEqual({ Authorization: 'Bearer <token>' });
  });
});
