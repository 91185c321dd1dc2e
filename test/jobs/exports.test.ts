import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../ops/support/ops-server.js';
import { createAdmin, createBulkOrderLines, createOrder, createProduct, createUser } from '../support/factories.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';
import { onEmbeddedDatabase } from '../support/test-database.js';
import { startTestWorker, type TestWorker } from '../support/worker.js';

const ExportReport = `mutation($input: ExportReportInput!) { exportReport(input: $input) { id status report format } }`;
const ExportById = `query($id: ID!) { reportExport(id: $id) { id status progress rowCount error downloadUrl startedAt finishedAt requestedBy { rowId } } }`;

type ExportRow = {
  id: string;
  status: string;
  progress: number;
  rowCount: number;
  error: string | null;
  downloadUrl: string | null;
};

describe.skipIf(onEmbeddedDatabase())('report exports', () => {
  let server: TestServer;
  let worker: TestWorker;
  let admin: { userId: number; role: 'ADMIN' };
  let customer: { userId: number; role: 'CUSTOMER' };

  // The API serves the files the worker writes: one EXPORTS_DIR (shared storage between processes).
  const exportsDir = mkdtempSync(join(tmpdir(), 'commerce-exports-'));

  beforeAll(async () => {
    server = await createTestServer({ config: { EXPORTS_DIR: exportsDir } });
    worker = await startTestWorker(server, { EXPORTS_DIR: exportsDir });
    admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
    customer = { userId: (await createUser(server.db.prisma)).id, role: 'CUSTOMER' };
    const product = await createProduct(server.db.prisma, { price: '7.00' });
    for (let i = 0; i < 6; i++) {
      const buyer = await createUser(server.db.prisma);
      for (let n = 0; n <= i; n++) {
        await createOrder(server.db.prisma, buyer.id, [{ productId: product.id, quantity: n + 1, unitPrice: '7.00' }], {
          status: 'CONFIRMED',
        });
      }
    }
  }, 60_000);
  afterAll(async () => {
    await worker?.stop();
    await server?.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  const start = async (input: Record<string, unknown>) => {
    const response = await server.execute(ExportReport, { input }, { as: admin });
    expect(response.errors).toBeUndefined();
    return (response.data as { exportReport: { id: string; status: string } }).exportReport;
  };
  const finished = (id: string) =>
    waitFor(
      async () => {
        const row = ((await server.execute(ExportById, { id }, { as: admin })).data as { reportExport: ExportRow })
          .reportExport;
        return ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(row.status) ? row : null;
      },
      `export ${id} to finish`,
      30_000,
    );
  const download = (url: string, token?: string) =>
    server.yoga.fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('streams a report to NDJSON whose rows equal Query.reports for the same arguments', async () => {
    const queued = await start({ report: 'TOP_CUSTOMERS', format: 'NDJSON', arguments: { limit: 4 } });
    expect(queued.status).toBe('QUEUED');
    const done = await finished(queued.id);
    expect(done).toMatchObject({ status: 'SUCCEEDED', progress: 100, rowCount: 4, error: null });
    const response = await download(done.downloadUrl!, await server.tokenFor(admin));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const rows = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const report = await server.execute(
      `{ reports { topCustomers(limit: 4) { user { rowId } orderCount totalSpent } } }`,
      {},
      { as: admin },
    );
    const expected = (
      report.data as {
        reports: { topCustomers: { user: { rowId: number }; orderCount: number; totalSpent: string }[] };
      }
    ).reports.topCustomers;
    expect(rows).toEqual(
      expected.map((row) => ({ userId: row.user.rowId, orderCount: row.orderCount, totalSpent: row.totalSpent })),
    );
  });

  it('writes CSV with a header (ORDER_LINES: one row per order line)', async () => {
    const done = await finished((await start({ report: 'ORDER_LINES', format: 'CSV' })).id);
    const lines = await server.db.prisma.orderItem.count();
    expect(done.rowCount).toBe(lines);
    const text = await (await download(done.downloadUrl!, await server.tokenFor(admin))).text();
    const rows = text.trim().split('\n');
    expect(rows[0]).toBe(
      'orderId,orderNumber,status,createdAt,customerId,username,email,orderItemId,productId,sku,productName,quantity,unitPrice,totalPrice',
    );
    expect(rows).toHaveLength(lines + 1);
  });

  it('downloads for admins only: anonymous 401, customers 403, unknown 404', async () => {
    const done = await finished((await start({ report: 'MONTHLY_SALES', format: 'CSV', arguments: { months: 2 } })).id);
    expect((await download(done.downloadUrl!)).status).toBe(401);
    expect((await download(done.downloadUrl!, await server.tokenFor(customer))).status).toBe(403);
    expect((await download('http://test/exports/999999/download', await server.tokenFor(admin))).status).toBe(404);
    expect(errorCodes(await server.execute(ExportById, { id: done.id }, { as: customer }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await server.execute(ExportReport, { input: { report: 'MONTHLY_SALES' } }, { as: customer })),
    ).toEqual(['FORBIDDEN']);
  });

  it('checks arguments as Query.reports does', async () => {
    expectBadUserInput(
      await server.execute(
        ExportReport,
        { input: { report: 'TOP_CUSTOMERS', arguments: { limit: 0 } } },
        { as: admin },
      ),
      'arguments.limit',
    );
    expectBadUserInput(
      await server.execute(ExportReport, { input: { report: 'PRODUCT_SALES', arguments: {} } }, { as: admin }),
      'arguments.from',
    );
    expectBadUserInput(
      await server.execute(ExportReport, { input: { report: 'MONTHLY_SALES', arguments: { nope: 1 } } }, { as: admin }),
      'arguments.nope',
    );
  });

  it('cancels a queued export, and refuses to cancel a finished one', async () => {
    await worker.worker.stop();
    try {
      const queued = await start({ report: 'CUSTOMER_RANKING', format: 'CSV' });
      const cancelled = await server.execute(
        `mutation($id: ID!) { cancelReportExport(id: $id) { status } }`,
        { id: queued.id },
        { as: admin },
      );
      expect(cancelled.data).toEqual({ cancelReportExport: { status: 'CANCELLED' } });
      const again = await server.execute(
        `mutation($id: ID!) { cancelReportExport(id: $id) { status } }`,
        { id: queued.id },
        { as: admin },
      );
      expect(errorCodes(again)).toEqual(['INVALID_STATE']);
    } finally {
      worker = await startTestWorker(server, { EXPORTS_DIR: exportsDir });
    }
    const list = await server.execute(
      `{ reportExports(first: 50, status: CANCELLED) { totalCount nodes { status } } }`,
      {},
      { as: admin },
    );
    expect((list.data as { reportExports: { totalCount: number } }).reportExports.totalCount).toBe(1);
  });

  it('stops a running export within a second of cancelReportExport', { timeout: 120_000 }, async () => {
    // Enough order lines that the export runs for a while.
    const product = await createProduct(server.db.prisma);
    await createBulkOrderLines(server.db.pool, {
      customerId: customer.userId,
      productId: product.id,
      count: 60_000,
      prefix: 'ORD-BULK-',
    });
    const queued = await start({ report: 'ORDER_LINES', format: 'NDJSON' });
    await waitFor(async () => {
      const row = await server.db.prisma.reportExport.findUniqueOrThrow({
        where: { id: Number(Buffer.from(queued.id, 'base64').toString().split(':')[1]) },
      });
      return row.status === 'RUNNING' && row.rowCount > 0;
    }, 'the export to be running');
    const asked = Date.now();
    await server.execute(
      `mutation($id: ID!) { cancelReportExport(id: $id) { status } }`,
      { id: queued.id },
      { as: admin },
    );
    const done = await finished(queued.id);
    expect(done.status).toBe('CANCELLED');
    expect(Date.now() - asked).toBeLessThan(1_500);
    expect(done.rowCount).toBeLessThan(60_000);
    expect(done.downloadUrl).toBeNull();
  });

  it('fails an export whose worker died instead of leaving it RUNNING', async () => {
    const row = await server.db.prisma.reportExport.create({
      data: {
        report: 'MONTHLY_SALES',
        format: 'CSV',
        status: 'RUNNING',
        requestedById: admin.userId,
        heartbeatAt: new Date(Date.now() - 120_000),
      },
    });
    await server.db.pool.query(`SELECT graphile_worker.add_job('sweep_background_state', '{}'::json)`);
    const swept = await waitFor(async () => {
      const current = await server.db.prisma.reportExport.findUniqueOrThrow({ where: { id: row.id } });
      return current.status === 'FAILED' ? current : null;
    }, 'the stale export to fail');
    expect(swept.error).toContain('stopped');
    expect(encodeGlobalID('ReportExport', row.id)).toBeTruthy();
  });
});
