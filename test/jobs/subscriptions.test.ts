import { createServer as createHttpServer, type Server } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLiveUpdates, type LiveUpdates } from '../../src/events/live.js';
import { attachWebSocket } from '../../src/http/websocket.js';
import { currentViewer } from '../../src/services/auth.js';
import { viewerFrom } from '../../src/http/viewer.js';
import { createServer } from '../../src/yoga.js';
import { waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { createTestServer, testConfig, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { readEvents } from '../support/sse.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId } }`;

describe.skipIf(onEmbeddedDatabase())('subscriptions over SSE (in-process pub/sub)', () => {
  let server: TestServer;
  let worker: TestWorker;
  let live: LiveUpdates;
  let admin: { userId: number; role: 'ADMIN' };
  let owner: { userId: number; role: 'CUSTOMER' };
  let other: { userId: number; role: 'CUSTOMER' };

  beforeAll(async () => {
    live = createLiveUpdates(undefined);
    server = await createTestServer({ live });
    worker = await startTestWorker(server, {}, live);
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
    owner = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    other = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await server?.close();
  });

  const subscribe = async (
    query: string,
    variables: Record<string, unknown>,
    viewer?: { userId: number; role: 'ADMIN' | 'CUSTOMER' },
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
    if (viewer) headers['authorization'] = `Bearer ${await server.tokenFor(viewer)}`;
    const response = await server.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return readEvents(response);
  };

  it('orderUpdated streams the owner’s order after each committed change; another customer is FORBIDDEN', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const placed = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
      { as: owner },
    );
    const orderId = encodeGlobalID('Order', (placed.data as { placeOrder: { rowId: number } }).placeOrder.rowId);
    const stream = await subscribe(
      `subscription($id: ID!) { orderUpdated(id: $id) { id status } }`,
      { id: orderId },
      owner,
    );
    const forbidden = await subscribe(
      `subscription($id: ID!) { orderUpdated(id: $id) { id status } }`,
      { id: orderId },
      other,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.execute(
      `mutation($id: ID!) { updateOrderStatus(id: $id, status: CONFIRMED) { status } }`,
      { id: orderId },
      { as: admin },
    );
    // The order's own PLACED event may arrive first (its publish job can run after the subscription opened).
    const confirmed = await waitFor(
      () => stream.events.find((event) => JSON.stringify(event).includes('CONFIRMED')),
      'the update',
    );
    expect(confirmed).toEqual({ data: { orderUpdated: { id: orderId, status: 'CONFIRMED' } } });
    await waitFor(() => forbidden.events.length >= 1, 'the refusal');
    expect(JSON.stringify(forbidden.events[0])).toContain('FORBIDDEN');
    stream.stop();
    forbidden.stop();
  });

  it('orderEvents gives admins every placed order; productStockChanged gives anyone the product after each stock change', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const productId = encodeGlobalID('Product', product.id);
    const events = await subscribe(`subscription { orderEvents { kind order { rowId } } }`, {}, admin);
    const stock = await subscribe(`subscription($id: ID!) { productStockChanged(id: $id) { id stockQuantity } }`, {
      id: productId,
    });
    const refused = await subscribe(`subscription { orderEvents { kind } }`, {}, owner);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const placed = await server.execute(PlaceOrder, { input: { items: [{ productId, quantity: 3 }] } }, { as: owner });
    const rowId = (placed.data as { placeOrder: { rowId: number } }).placeOrder.rowId;
    await waitFor(() => events.events.length >= 1 && stock.events.length >= 1, 'both streams');
    expect(events.events[0]).toEqual({ data: { orderEvents: { kind: 'PLACED', order: { rowId } } } });
    expect(stock.events[0]).toEqual({ data: { productStockChanged: { id: productId, stockQuantity: 7 } } });
    await waitFor(() => refused.events.length >= 1, 'the refusal');
    expect(JSON.stringify(refused.events[0])).toContain('FORBIDDEN');
    for (const stream of [events, stock, refused]) stream.stop();
  });

  it('ends a subscriber that stopped reading without holding up the others', async () => {
    const bounded = createServer({
      prisma: server.db.prisma,
      config: testConfig({ SUBSCRIPTION_BUFFER_EVENTS: '5' }),
      log: pino({ level: 'silent' }),
      live,
    });
    const product = await createProduct(server.db.prisma, { stockQuantity: 10 });
    const query = `subscription($id: ID!) { productStockChanged(id: $id) { stockQuantity } }`;
    const open = () =>
      bounded.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query, variables: { id: encodeGlobalID('Product', product.id) } }),
      });
    const fast = readEvents(await open());
    const slow = await open();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // In step with the reader: it gets each event while the other one's unread events pile up.
    const published = 100;
    for (let n = 1; n <= published; n += 1) {
      live.pubSub.publish('product:stock', product.id, { productId: product.id, at: new Date().toISOString() });
      await waitFor(() => fast.events.length === n, `event ${n} on the reading subscriber`);
    }
    // The one that never read was cut off; what it gets when it finally reads ends in RATE_LIMITED.
    const late = readEvents(slow);
    await waitFor(
      () => late.events.some((event) => JSON.stringify(event).includes('RATE_LIMITED')),
      'the slow subscriber to be ended',
    );
    expect(late.events.length).toBeLessThan(published);
    fast.stop();
    late.stop();
    await bounded.dispose();
  });

  it('nothing is published for a change that rolled back', async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 1 });
    const productId = encodeGlobalID('Product', product.id);
    const stock = await subscribe(`subscription($id: ID!) { productStockChanged(id: $id) { stockQuantity } }`, {
      id: productId,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.execute(PlaceOrder, { input: { items: [{ productId, quantity: 5 }] } }, { as: owner });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(stock.events).toEqual([]);
    stock.stop();
  });
});

describe.skipIf(onEmbeddedDatabase())('subscriptions over WebSocket across instances (Redis)', () => {
  const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  let server: TestServer;
  let worker: TestWorker;
  let http: Server;
  let ws: { close(): Promise<void> };
  let port = 0;
  const clients: Client[] = [];
  let admin: { userId: number; role: 'ADMIN' };
  let owner: { userId: number; role: 'CUSTOMER' };

  beforeAll(async () => {
    // Instance 1 takes the mutations (test server), instance 2 serves the WebSocket; the worker publishes through Redis.
    server = await createTestServer({ config: { REDIS_URL } });
    worker = await startTestWorker(server, { REDIS_URL });
    const config = testConfig({ REDIS_URL });
    const second = createServer({ prisma: server.db.prisma, config, log: pino({ level: 'silent' }) });
    http = createHttpServer(second);
    ws = attachWebSocket({
      server: http,
      yoga: second,
      authenticate: (request) => viewerFrom(request, config.JWT_SECRET, server.db.prisma),
      stillValid: async (viewer) => (await currentViewer(server.db.prisma, viewer)) !== null,
      maxSubscriptionsPerConnection: 2,
      recheckMs: 200,
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    port = (http.address() as { port: number }).port;
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
    owner = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  }, 60_000);
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await ws?.close();
    await new Promise((resolve) => http?.close(resolve));
    await worker?.stop();
    await server?.close();
  });

  const connect = async (token: string | null) => {
    const closes: number[] = [];
    const client = createClient({
      url: `ws://127.0.0.1:${port}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    clients.push(client);
    return { client, closes };
  };
  const listen = (client: Client, query: string, variables: Record<string, unknown> = {}) => {
    const results: unknown[] = [];
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query, variables },
      { next: (value) => results.push(value), error: (error) => errors.push(error), complete: () => {} },
    );
    return { results, errors, stop };
  };

  it('an order placed through one instance reaches a subscriber on the other', async () => {
    const { client } = await connect(await server.tokenFor(admin));
    const stream = listen(client, `subscription { orderEvents { kind order { rowId } } }`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const product = await createProduct(server.db.prisma, { stockQuantity: 5 });
    const placed = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
      { as: owner },
    );
    const rowId = (placed.data as { placeOrder: { rowId: number } }).placeOrder.rowId;
    await waitFor(() => stream.results.length >= 1, 'the event on the other instance');
    expect(stream.results[0]).toEqual({ data: { orderEvents: { kind: 'PLACED', order: { rowId } } } });
    stream.stop();
  });

  it('caps operations per connection, and closes the socket of an account that logged out', async () => {
    const token = await server.tokenFor(owner);
    const { client, closes } = await connect(token);
    const product = encodeGlobalID('Product', (await createProduct(server.db.prisma)).id);
    const query = `subscription($id: ID!) { productStockChanged(id: $id) { stockQuantity } }`;
    const streams = [
      listen(client, query, { id: product }),
      listen(client, query, { id: product }),
      listen(client, query, { id: product }),
    ];
    await waitFor(() => streams[2]!.errors.length > 0, 'the third subscription to be refused');
    expect(JSON.stringify(streams[2]!.errors)).toContain('RATE_LIMITED');
    await server.execute(`mutation { logOut }`, {}, { token });
    await waitFor(() => closes.includes(4401), 'the socket to close with 4401');
  });

  it('caps subscriptions per account across instances, and frees a slot when one ends', async () => {
    const capped = testConfig({ REDIS_URL, MAX_SUBSCRIPTIONS_PER_ACCOUNT: '2' });
    const log = pino({ level: 'silent' });
    const [one, two] = [
      createServer({ prisma: server.db.prisma, config: capped, log }),
      createServer({ prisma: server.db.prisma, config: capped, log }),
    ];
    const token = await server.tokenFor({ userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' });
    const product = encodeGlobalID('Product', (await createProduct(server.db.prisma)).id);
    const open = async (instance: typeof one) =>
      readEvents(
        await instance.fetch('http://test/graphql', {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'text/event-stream',
            authorization: `Bearer ${token}`,
          },
          body: JSON.stringify({
            query: `subscription($id: ID!) { productStockChanged(id: $id) { stockQuantity } }`,
            variables: { id: product },
          }),
        }),
      );
    try {
      const first = await open(one);
      const second = await open(two);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const third = await open(one);
      await waitFor(() => third.events.length > 0, 'the third subscription to be refused');
      expect(JSON.stringify(third.events[0])).toContain('RATE_LIMITED');
      expect(first.events).toEqual([]);
      first.stop();
      const fourth = await waitFor(async () => {
        const attempt = await open(two);
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (attempt.events.length === 0) return attempt;
        attempt.stop();
        return null;
      }, 'a slot to be free again');
      second.stop();
      fourth.stop();
    } finally {
      await one.dispose();
      await two.dispose();
    }
  });

  it('lets a subscription end after its Redis pub/sub has closed (shutdown) without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const closing = createLiveUpdates(REDIS_URL);
      const iterator = closing.pubSub.subscribe('order:events')[Symbol.asyncIterator]();
      const pending = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await closing.close();
      await iterator.return?.();
      await pending;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('refuses a connection with an invalid token', async () => {
    const { client, closes } = await connect('not-a-token');
    const stream = listen(client, `subscription { orderEvents { kind } }`);
    await waitFor(() => closes.length > 0 || stream.errors.length > 0, 'the refusal');
    expect(stream.results).toEqual([]);
  });
});
