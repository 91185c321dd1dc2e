import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createProduct, createUser } from '../support/factories.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { startTestSmtp, type TestSmtp } from '../support/smtp.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';

const PlaceOrder = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { rowId orderNumber } }`;

describe.skipIf(onEmbeddedDatabase())('notifications over SMTP', () => {
  let server: TestServer;
  let smtp: TestSmtp;
  let worker: TestWorker;
  let admins: string[];
  let customer: { userId: number; role: 'CUSTOMER'; email: string };

  beforeAll(async () => {
    server = await createTestServer({ config: { LOW_STOCK_THRESHOLD: '2' } });
    smtp = await startTestSmtp();
    worker = await startTestWorker(server, { SMTP_URL: smtp.url, LOW_STOCK_THRESHOLD: '2' });
    admins = [(await createAdmin(server.db.prisma)).email, (await createAdmin(server.db.prisma)).email];
    const user = await createUser(server.db.prisma, { firstName: 'Carla' });
    customer = { userId: user.id, role: 'CUSTOMER', email: user.email };
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
    await server?.close();
  });

  const to = (address: string) =>
    smtp.messages.filter((message) => message.to && JSON.stringify(message.to).includes(address));

  it('welcomes a new customer', async () => {
    const response = await server.execute(
      `mutation { signUp(input: { username: "mail-new", email: "Mail.New@Example.com", password: "Passw0rd!x", firstName: "Nora", lastName: "New" }) { user { rowId } } }`,
    );
    expect(response.errors).toBeUndefined();
    const [welcome] = await waitFor(
      () => (to('mail.new@example.com').length > 0 ? to('mail.new@example.com') : null),
      'the welcome mail',
    );
    expect(welcome!.subject).toBe('Welcome to the shop');
    expect(welcome!.text).toContain('Hello Nora');
    expect(welcome!.text).toContain('"mail-new"');
  });

  it('confirms an order, tells the customer when it ships, and alerts every admin of low stock once', async () => {
    const product = await createProduct(server.db.prisma, {
      stockQuantity: 4,
      price: '12.50',
      name: 'Teapot',
      sku: 'TEA-1',
    });
    const placed = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 2 }] } },
      { as: customer },
    );
    const order = (placed.data as { placeOrder: { rowId: number; orderNumber: string } }).placeOrder;
    const [confirmation] = await waitFor(() => {
      const mails = to(customer.email).filter((mail) => mail.subject === `Order ${order.orderNumber} received`);
      return mails.length > 0 ? mails : null;
    }, 'the order confirmation');
    expect(confirmation!.text).toContain('2 × Teapot (TEA-1)  25.00');
    expect(confirmation!.text).toContain('Total: 25.00');
    for (const admin of admins) {
      const [alert] = await waitFor(() => (to(admin).length > 0 ? to(admin) : null), `the low-stock alert to ${admin}`);
      expect(alert!.subject).toBe('Low stock: TEA-1 (2 left)');
    }
    const admin = {
      userId: (await server.db.prisma.user.findFirstOrThrow({ where: { email: admins[0]! } })).id,
      role: 'ADMIN' as const,
    };
    const id = encodeGlobalID('Order', order.rowId);
    await server.execute(
      `mutation($id: ID!) { updateOrderStatus(id: $id, status: CONFIRMED) { status } }`,
      { id },
      { as: admin },
    );
    await server.execute(
      `mutation($id: ID!) { updateOrderStatus(id: $id, status: SHIPPED) { status } }`,
      { id },
      { as: admin },
    );
    const [shipped] = await waitFor(() => {
      const mails = to(customer.email).filter((mail) => mail.subject === `Order ${order.orderNumber} has shipped`);
      return mails.length > 0 ? mails : null;
    }, 'the shipped notice');
    expect(shipped!.text).toContain('is on its way');
    // Nothing is sent twice.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(to(customer.email).filter((mail) => mail.subject === `Order ${order.orderNumber} received`)).toHaveLength(1);
    for (const address of admins) expect(to(address)).toHaveLength(1);
  });

  it('retries when the SMTP server refuses, and never sends a message twice', { timeout: 60_000 }, async () => {
    const product = await createProduct(server.db.prisma, { stockQuantity: 3, sku: 'RETRY-1', name: 'Kettle' });
    // The second admin's mailbox refuses once: the job fails after the first admin's alert went out.
    smtp.refuseNext(admins[1]!, 1);
    const before = admins.map((address) => to(address).length);
    const placed = await server.execute(
      PlaceOrder,
      { input: { items: [{ productId: encodeGlobalID('Product', product.id), quantity: 1 }] } },
      { as: customer },
    );
    expect(placed.errors).toBeUndefined();
    await waitFor(() => to(admins[1]!).length > before[1]!, 'the alert to the second admin, after the retry', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(to(admins[0]!).filter((mail) => mail.subject === 'Low stock: RETRY-1 (2 left)')).toHaveLength(1);
    expect(to(admins[1]!).filter((mail) => mail.subject === 'Low stock: RETRY-1 (2 left)')).toHaveLength(1);
  });
});

describe.skipIf(onEmbeddedDatabase())('notifications without SMTP_URL', () => {
  let server: TestServer;
  let worker: TestWorker;
  beforeAll(async () => {
    server = await createTestServer();
    worker = await startTestWorker(server);
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await server?.close();
  });

  it('are written as .eml files under DATA_DIR/outbox', async () => {
    await server.execute(
      `mutation { signUp(input: { username: "eml-user", email: "eml@example.com", password: "Passw0rd!x", firstName: "Emil", lastName: "Eml" }) { user { rowId } } }`,
    );
    const outbox = join(worker.dataDir, 'outbox');
    const file = await waitFor(() => {
      try {
        return readdirSync(outbox).find((name) => name.endsWith('.eml'));
      } catch {
        return undefined;
      }
    }, 'an .eml file');
    const eml = readFileSync(join(outbox, file), 'utf8');
    expect(eml).toContain('To: eml@example.com');
    expect(eml).toContain('Subject: Welcome to the shop');
  });
});

describe.skipIf(onEmbeddedDatabase())('the scheduled consistency check', () => {
  let server: TestServer;
  let smtp: TestSmtp;
  let worker: TestWorker;
  beforeAll(async () => {
    server = await createTestServer();
    smtp = await startTestSmtp();
    worker = await startTestWorker(server, { SMTP_URL: smtp.url });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
    await server?.close();
  });

  it('e-mails every admin when it finds issues, and nobody when the data is clean', async () => {
    const admin = await createAdmin(server.db.prisma);
    await server.db.pool.query(`SELECT graphile_worker.add_job('check_data_consistency', '{}'::json)`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.messages).toHaveLength(0);
    await createProduct(server.db.prisma, { sku: 'NEG-1' });
    await server.db.pool.query(`ALTER TABLE products DROP CONSTRAINT products_stock_quantity_check`);
    await server.db.pool.query(`UPDATE products SET stock_quantity = -3 WHERE sku = 'NEG-1'`);
    await server.db.pool.query(`SELECT graphile_worker.add_job('check_data_consistency', '{}'::json)`);
    const [mail] = await waitFor(() => (smtp.messages.length > 0 ? smtp.messages : null), 'the consistency alert');
    expect(JSON.stringify(mail!.to)).toContain(admin.email);
    expect(mail!.subject).toBe('Data consistency check: 1 issue(s)');
    expect(mail!.text).toContain('NEGATIVE_STOCK');
  });
});
