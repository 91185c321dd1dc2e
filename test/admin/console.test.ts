import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveUpdates, type LiveUpdates } from '../../src/events/live.js';
import { DEMO_ADMIN, seedDatabase } from '../../src/seed/seed.js';
import { createTestServer, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';

/**
 * The admin console end to end in headless Chromium (Debian's package; CI
 * installs it): every action goes through the public API and is checked in
 * the database. SCREENSHOTS=1 also writes docs/screenshots/<page>.png (the
 * README shows them).
 */
const CHROMIUM = '/usr/bin/chromium';
const BUILT = existsSync(new URL('../../admin/dist/index.html', import.meta.url));
const runnable = existsSync(CHROMIUM) && BUILT && !onEmbeddedDatabase();
if (!runnable) console.warn('[admin console test] skipped: needs /usr/bin/chromium, admin/dist and a server database');
const SCREENSHOTS = process.env['SCREENSHOTS'] === '1' ? new URL('../../docs/screenshots/', import.meta.url) : null;

describe.skipIf(!runnable)('the admin console in a browser', () => {
  let server: TestServer;
  let worker: TestWorker;
  let live: LiveUpdates;
  let http: Server;
  let browser: Browser;
  let page: Page;
  let baseUrl = '';
  const exportsDir = mkdtempSync(join(tmpdir(), 'commerce-admin-exports-'));

  const sql = async <T>(text: string, values: unknown[] = []) => (await server.db.pool.query(text, values)).rows as T[];
  const one = async <T>(text: string, values: unknown[] = []) => {
    const [row] = await sql<T>(text, values);
    if (!row) throw new Error(`no row: ${text}`);
    return row;
  };
  const shoot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOTS).pathname, fullPage: true });
  };
  const openPage = async (name: string) => {
    await page.click(`nav a[href="#${name}"]`);
  };

  beforeAll(async () => {
    live = createLiveUpdates(undefined);
    server = await createTestServer({ live, config: { EXPORTS_DIR: exportsDir } });
    await seedDatabase(server.db.pool, { users: 30, products: 40, orders: 300, seed: 11, admin: DEMO_ADMIN });
    worker = await startTestWorker(server, { EXPORTS_DIR: exportsDir }, live);
    http = createServer(server.yoga);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
    await worker?.stop();
    await server?.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('serves the built console compressed, with long-lived assets and a revalidated index', async () => {
    const index = await fetch(`${baseUrl}/admin/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('content-encoding')).toBe('br');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /src="(\/admin\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await fetch(`${baseUrl}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    const again = await fetch(`${baseUrl}/admin/`, { headers: { 'if-none-match': index.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('logs in as the demo admin and charts the seeded numbers', async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.fill('input[name=login]', DEMO_ADMIN.email);
    await page.fill('input[name=password]', DEMO_ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=monthly-sales] .recharts-bar-rectangle', { timeout: 20_000 });
    const { users } = await one<{ users: number }>(`SELECT count(*)::int AS users FROM users WHERE deleted_at IS NULL`);
    expect(await page.textContent('[data-testid=user-statistics]')).toContain(`${users} users`);
    // The last finished month: the seed's orders end before today.
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const { revenue } = await one<{ revenue: string }>(
      `SELECT coalesce(sum(total_amount), 0)::numeric(12,2)::text AS revenue FROM orders
       WHERE status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED') AND to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') = $1`,
      [month],
    );
    const shown = (await page.textContent(`[data-testid="revenue-${month}"]`))!.replaceAll(',', '');
    expect(shown).toBe(revenue);
    await shoot('dashboard');
  });

  it('changes an order status, and shows an order placed elsewhere without a reload', async () => {
    await openPage('orders');
    await page.selectOption('select[name=status]', 'PENDING');
    const [pending] = await sql<{ id: number; order_number: string }>(
      `SELECT id, order_number FROM orders WHERE status = 'PENDING' ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    await page.click(`tr[data-order="${pending!.order_number}"]`);
    await page.click('button:has-text("Mark confirmed")');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=detail-status]')?.textContent === 'CONFIRMED',
      undefined,
      { timeout: 10_000 },
    );
    const [after] = await sql<{ status: string }>(`SELECT status FROM orders WHERE id = $1`, [pending!.id]);
    expect(after!.status).toBe('CONFIRMED');

    const [customer] = await sql<{ id: number }>(
      `SELECT id FROM users WHERE role = 'CUSTOMER' AND is_active ORDER BY id LIMIT 1`,
    );
    const [product] = await sql<{ id: number }>(
      `SELECT id FROM products WHERE is_active AND stock_quantity > 5 ORDER BY id LIMIT 1`,
    );
    const placed = await server.execute(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { orderNumber } }`,
      { input: { items: [{ productId: encodeGlobalID('Product', product!.id), quantity: 1 }] } },
      { as: { userId: customer!.id, role: 'CUSTOMER' } },
    );
    const orderNumber = (placed.data as { placeOrder: { orderNumber: string } }).placeOrder.orderNumber;
    await page.waitForSelector(`tr[data-order="${orderNumber}"]`, { timeout: 15_000 });
    await shoot('orders');
  });

  it('previews a bulk product change, applies it, and the database has it', async () => {
    await openPage('products');
    await page.waitForSelector('[data-testid=products] tbody tr');
    const { word } = await one<{ word: string }>(
      `SELECT split_part(name, ' ', 1) AS word FROM products GROUP BY 1 HAVING count(*) BETWEEN 2 AND 20 ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    const { matching } = await one<{ matching: number }>(
      `SELECT count(*)::int AS matching FROM products WHERE name ILIKE $1`,
      [`%${word}%`],
    );
    await page.fill('input[name=bulkName]', word);
    await page.fill('input[name=bulkTag]', 'console-tag');
    await page.click('button:has-text("Preview")');
    await page.waitForSelector('[data-testid=bulk-preview]');
    expect(await page.textContent('[data-testid=bulk-preview]')).toContain(`${matching} product(s)`);
    await page.click('button:has-text("Apply")');
    await page.waitForSelector('[data-testid=bulk-applied]');
    const { tagged } = await one<{ tagged: number }>(
      `SELECT count(*)::int AS tagged FROM products WHERE 'console-tag' = ANY(tags)`,
    );
    expect(tagged).toBe(matching);
    await shoot('products');
  });

  it('deactivates selected users in bulk', async () => {
    await openPage('users');
    await page.waitForSelector('[data-testid=users] tbody tr');
    const [target] = await sql<{ id: number; username: string }>(
      `SELECT id, username FROM users WHERE role = 'CUSTOMER' AND is_active AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
    );
    await page.check(`input[aria-label="select ${target!.username}"]`);
    await page.click('button:has-text("Deactivate")');
    await page.waitForSelector('[data-testid=users-done]');
    const [after] = await sql<{ is_active: boolean }>(`SELECT is_active FROM users WHERE id = $1`, [target!.id]);
    expect(after!.is_active).toBe(false);
    await shoot('users');
  });

  it("imports users from a CSV file and shows each bad row's error next to it", async () => {
    const csv = [
      'username,email,password,firstName,lastName',
      'csv.importer,csv.importer@example.com,Import!pass2026,Csv,Importer',
      'csv.broken,not-an-email,Import!pass2026,Csv,Broken',
    ].join('\n');
    await page.setInputFiles('input[name=csv]', { name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('button:has-text("Import 2 row(s)")');
    await page.waitForSelector('[data-testid=import-result]');
    expect(await page.textContent('[data-testid=import-result]')).toBe('1 created');
    const problems = await page.$$eval('[data-testid=import-rows] tbody tr td:last-child', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(problems[0]).toBe('created');
    expect(problems[1]).toContain('email');
    const created = await sql<{ username: string }>(`SELECT username FROM users WHERE username LIKE 'csv.%'`);
    expect(created).toEqual([{ username: 'csv.importer' }]);
  });

  it('runs an export, shows its progress and downloads the file', async () => {
    await openPage('health');
    await page.waitForSelector('[data-testid=consistency]');
    await page.selectOption('select[name=report]', 'TOP_CUSTOMERS');
    await page.click('button:has-text("Start export")');
    await page.waitForSelector('[data-testid=exports] button:has-text("Download")', { timeout: 30_000 });
    const [downloaded] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=exports] button:has-text("Download")'),
    ]);
    const path = await downloaded.path();
    const header = readFileSync(path, 'utf8').split('\n')[0];
    expect(header).toContain('totalSpent');
    await shoot('data-health');
  });
});
