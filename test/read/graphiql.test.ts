import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, seedDatabase } from '../../src/seed/seed.js';
import { createTestServer, type TestServer } from '../support/server.js';

declare function textOf(selector: string): string;

/**
 * Drives GraphiQL in a real headless Chromium (Debian's package; CI installs
 * it with `apt-get install -y chromium`). Skipped, with a message, only where
 * that binary is absent.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`[graphiql test] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

let server: TestServer;
let http: Server;
let browser: Browser;
let baseUrl = '';

describe.skipIf(!hasChromium)('GraphiQL in a browser', () => {
  beforeAll(async () => {
    server = await createTestServer();
    await seedDatabase(server.db.pool, { users: 8, products: 12, orders: 20, seed: 3, admin: DEMO_ADMIN });
    http = createServer(server.yoga);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
    await server?.close();
  });

  it('opens with the example query, runs it anonymously and shows seeded products; the docs list the schema', async () => {
    const page = await browser.newPage();
    // Monaco renders spaces as no-break spaces.
    await page.addInitScript(() => {
      (window as unknown as { textOf: (selector: string) => string }).textOf = (selector) =>
        (document.querySelector(selector)?.textContent ?? '').replace(/\u00a0/g, ' ');
    });
    const failedRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    await page.goto(`${baseUrl}/graphql`, { waitUntil: 'load' });
    const run = page.locator('.graphiql-execute-button');
    await run.waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(() => textOf('.graphiql-query-editor').includes('query Example'), undefined, {
      timeout: 30_000,
    });

    await run.click();
    await page.waitForFunction(() => textOf('.graphiql-response').includes('"sku"'), undefined, {
      timeout: 30_000,
    });
    const result = (await page.locator('.graphiql-response').textContent())!.replace(/\u00a0/g, ' ');
    expect(result).toContain('"products"');
    // Anonymous callers see active products only; the example sorts by price, highest first.
    const { rows } = await server.db.pool.query<{ total: number; top: string }>(
      `SELECT count(*)::int AS total, (array_agg(sku ORDER BY price DESC, id))[1] AS top FROM products WHERE is_active`,
    );
    expect(rows[0]!.total).toBeGreaterThan(5);
    expect(result).toContain(`"totalCount": ${rows[0]!.total}`);
    expect(result).toContain(`"sku": "${rows[0]!.top}"`);
    expect(result).not.toContain('"errors"');

    await page.locator('[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForFunction(() => textOf('.graphiql-doc-explorer').includes('Query'), undefined, {
      timeout: 15_000,
    });
    expect(failedRequests).toEqual([]);
  }, 120_000);
});
