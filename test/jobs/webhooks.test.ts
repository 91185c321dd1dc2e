import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  at: number;
}

/** A local receiver: records every POST, answers what `respond` says (status, or 'hang'). */
async function startReceiver() {
  const received: Received[] = [];
  let respond: () => number | 'hang' = () => 200;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body, at: Date.now() });
      const answer = respond();
      if (answer === 'hang') return;
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    respondWith(next: () => number | 'hang') {
      respond = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CreateWebhook = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events isActive } } }`;
const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId } }`;
const Deliveries = `{ webhooks { id deliveries(first: 10) { totalCount nodes { id event eventId status attempts responseStatus lastError deliveredAt } } } }`;

type Delivery = {
  id: string;
  event: string;
  eventId: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
};

describe.skipIf(onEmbeddedDatabase())('webhooks', () => {
  let server: TestServer;
  let worker: TestWorker;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let admin: { userId: number; role: 'ADMIN' };
  let customer: { userId: number; role: 'CUSTOMER' };

  beforeAll(async () => {
    server = await createTestServer({ config: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    worker = await startTestWorker(server, { WEBHOOK_TIMEOUT_MS: '500', WEBHOOK_MAX_ATTEMPTS: '4' });
    receiver = await startReceiver();
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
    customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
    await server?.close();
  });

  const deliveries = async (): Promise<Delivery[]> => {
    const response = await server.execute(Deliveries, {}, { as: admin });
    return (response.data as { webhooks: { deliveries: { nodes: Delivery[] } }[] }).webhooks.flatMap(
      (hook) => hook.deliveries.nodes,
    );
  };
  const order = async (quantity = 1) => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 100 });
    const response = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity }] } },
      { as: customer },
    );
    expect(response.errors).toBeUndefined();
  };

  it('POSTs each subscribed event signed with the secret shown once, which is stored encrypted', async () => {
    const created = await server.execute(
      CreateWebhook,
      { input: { url: receiver.url, events: ['ORDER_PLACED'] } },
      { as: admin },
    );
    expect(created.errors).toBeUndefined();
    const { secret } = (created.data as { createWebhook: { secret: string } }).createWebhook;
    const stored = await server.db.prisma.webhook.findFirstOrThrow();
    expect(stored.secretEncrypted).not.toContain(secret);
    expect(JSON.stringify(await server.db.prisma.auditLog.findMany({ where: { entity: 'Webhook' } }))).not.toContain(
      secret,
    );

    await order(2);
    const [request] = await waitFor(
      () => (receiver.received.length > 0 ? receiver.received : null),
      'the webhook POST',
    );
    const body = JSON.parse(request!.body) as {
      id: string;
      kind: string;
      occurredAt: string;
      data: Record<string, unknown>;
    };
    expect(body.kind).toBe('ORDER_PLACED');
    expect(body.data).toMatchObject({ customerId: customer.userId, itemCount: 2 });
    expect(request!.headers['x-webhook-id']).toBe(body.id);
    expect(request!.headers['x-webhook-event']).toBe('ORDER_PLACED');
    const timestamp = String(request!.headers['x-webhook-timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${request!.body}`).digest('hex')}`;
    expect(request!.headers['x-webhook-signature']).toBe(expected);
    const [delivery] = await waitFor(async () => {
      const rows = await deliveries();
      return rows.length === 1 && rows[0]!.status === 'SUCCEEDED' ? rows : null;
    }, 'the delivery to succeed');
    expect(delivery).toMatchObject({
      event: 'ORDER_PLACED',
      eventId: body.id,
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });
  });

  it('retries after 500s and timeouts with growing delays, then succeeds; a redelivery keeps the event id', {
    timeout: 60_000,
  }, async () => {
    receiver.received.length = 0;
    const answers: (number | 'hang')[] = [500, 'hang', 200];
    receiver.respondWith(() => answers.shift() ?? 200);
    await order();
    await waitFor(() => receiver.received.length >= 3, 'three attempts', 30_000);
    const times = receiver.received.map((request) => request.at);
    expect(times[2]! - times[1]!).toBeGreaterThan(times[1]! - times[0]!);
    const ids = new Set(receiver.received.map((request) => request.headers['x-webhook-id']));
    expect(ids.size).toBe(1);
    const latest = await waitFor(async () => {
      const found = (await deliveries()).find((delivery) => delivery.eventId === [...ids][0]);
      return found?.status === 'SUCCEEDED' ? found : null;
    }, 'the delivery to succeed');
    expect(latest.attempts).toBe(3);

    receiver.received.length = 0;
    const redelivered = await server.execute(
      `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { eventId status } }`,
      { id: latest.id },
      { as: admin },
    );
    expect(redelivered.data).toEqual({ redeliverWebhook: { eventId: latest.eventId, status: 'PENDING' } });
    await waitFor(() => receiver.received.length >= 1, 'the redelivery');
    expect(receiver.received[0]!.headers['x-webhook-id']).toBe(latest.eventId);
  });

  it('gives up as FAILED after the last attempt, recording the last error', { timeout: 60_000 }, async () => {
    receiver.received.length = 0;
    receiver.respondWith(() => 503);
    await order();
    const failed = await waitFor(
      async () => (await deliveries()).find((delivery) => delivery.status === 'FAILED'),
      'FAILED',
      30_000,
    );
    expect(failed).toMatchObject({ attempts: 4, responseStatus: 503, lastError: 'HTTP 503' });
    expect(receiver.received).toHaveLength(4);
    receiver.respondWith(() => 200);
  });

  it('refuses private and non-http URLs unless WEBHOOK_ALLOW_PRIVATE, and is for admins only', async () => {
    const strict = await createTestServer();
    try {
      const strictAdmin = { userId: (await createAdmin(strict.db.prisma)).id, role: 'ADMIN' as const };
      for (const url of ['http://127.0.0.1:9/x', 'http://10.1.2.3/x', 'http://[::1]/x', 'http://localhost/x']) {
        expectBadUserInput(
          await strict.execute(CreateWebhook, { input: { url, events: ['ORDER_PLACED'] } }, { as: strictAdmin }),
          'url',
        );
      }
      expectBadUserInput(
        await strict.execute(
          CreateWebhook,
          { input: { url: 'ftp://example.com/x', events: ['ORDER_PLACED'] } },
          { as: strictAdmin },
        ),
        'url',
      );
    } finally {
      await strict.close();
    }
    const before = await rowCounts(server.db.prisma);
    expect(
      errorCodes(
        await server.execute(
          CreateWebhook,
          { input: { url: receiver.url, events: ['ORDER_PLACED'] } },
          { as: customer },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await server.execute(`{ webhooks { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(await rowCounts(server.db.prisma)).toEqual(before);
  });

  it('updates and deletes webhooks; an inactive webhook gets nothing', async () => {
    const [hook] = (
      (await server.execute(`{ webhooks { id } }`, {}, { as: admin })).data as { webhooks: { id: string }[] }
    ).webhooks;
    const updated = await server.execute(
      `mutation($id: ID!) { updateWebhook(id: $id, input: { isActive: false, events: [ORDER_PLACED, PRODUCT_UPDATED] }) { isActive events } }`,
      { id: hook!.id },
      { as: admin },
    );
    expect(updated.data).toEqual({ updateWebhook: { isActive: false, events: ['ORDER_PLACED', 'PRODUCT_UPDATED'] } });
    receiver.received.length = 0;
    await order();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(receiver.received).toHaveLength(0);
    expect(
      await server.execute(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: hook!.id }, { as: admin }),
    ).toEqual({
      data: { deleteWebhook: hook!.id },
    });
    expect((await server.execute(`{ webhooks { id } }`, {}, { as: admin })).data).toEqual({ webhooks: [] });
  });
});
