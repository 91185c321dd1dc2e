/**
 * `npm run explain-reports`: runs every report's SQL under
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) against DATABASE_URL and prints, per
 * report, the execution time (best of a few runs), the time of the real
 * query through Prisma, sequential scans on big tables (expected ones
 * marked, with why) and the indexes used. `--strict` exits 1 when a
 * sequential scan is not an expected one.
 */
import { handleHelp } from './help.js';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createPool } from '../db/pool.js';
import { createPrismaClient, Prisma } from '../db/prisma.js';
import { userActivityTrendQuery } from '../reports/activity.js';
import { dataConsistencyQuery } from '../reports/consistency.js';
import {
  customerRankingQuery,
  customerSegmentsQuery,
  topCustomersQuery,
  userStatisticsQuery,
  usersAboveAverageSpendingQuery,
  usersWithoutOrdersQuery,
  usersWithRecentOrdersQuery,
} from '../reports/customers.js';
import { explainReport } from '../reports/explain.js';
import { indexUsageQuery, unusedIndexesQuery } from '../reports/indexes.js';
import { productSalesQuery, productsNeverOrderedQuery } from '../reports/products.js';
import { monthlySalesQuery, runningTotalsQuery, salesRankingQuery } from '../reports/sales.js';
import { runReport, type ReportQuery } from '../reports/sql.js';
import { type KeysetList, pageRequest, pageStatement } from '../queries/keyset.js';
import { productList } from '../queries/products.js';
import { userList } from '../queries/users.js';
import { z } from 'zod';

handleHelp(`
usage: npm run explain-reports [-- --strict]

EXPLAIN ANALYZE of every report and search on DATABASE_URL (a migrated,
seeded database), with the indexes used and sequential scans on big tables.
--strict exits 1 on an unexpected sequential scan; EXPLAIN_RUNS=N runs each N times.
`);

const RUNS = Number(process.env['EXPLAIN_RUNS'] ?? 5);
/** A table with at least this many rows is "big": a sequential scan of it is worth a look. */
const BIG_TABLE_ROWS = 1_000;
const DAY = 86_400_000;

interface ReportCase {
  name: string;
  query: ReportQuery<unknown>;
  /** Tables a sequential scan of which is the right plan, and why. */
  expectedSeqScans?: Record<string, string>;
}

const WHOLE_HISTORY = 'aggregates every sales order: reading the whole table once is the cheapest plan';
const USERS_SEMI_JOIN =
  'the deleted_at check of thousands of customers: hashing the 10k users beats as many index probes';

function cases(now: Date, activeUserId: number): ReportCase[] {
  const monthStart = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const customers = { orders: WHOLE_HISTORY, users: USERS_SEMI_JOIN };
  const wideWindow = {
    orders: 'half of all orders fall in the window',
    order_items: 'their lines are half of all lines: one hash join beats 50k index probes',
  };
  const someLines = (share: string) => ({
    order_items: `${share} of all lines: hashing the window's orders and reading the narrow lines once is costed (and measures) about like an index probe per order`,
    products: 'hash of the 2k products the lines point at',
  });
  return [
    {
      name: 'userStatistics',
      query: userStatisticsQuery(now),
      expectedSeqScans: { users: 'counts every user (FILTER aggregates)' },
    },
    {
      name: 'topCustomers',
      query: topCustomersQuery({ limit: 10, from: undefined, to: undefined }),
      expectedSeqScans: customers,
    },
    {
      name: 'topCustomers (last 30 days)',
      query: topCustomersQuery({ limit: 10, from: new Date(now.getTime() - 30 * DAY), to: now }),
      expectedSeqScans: { users: USERS_SEMI_JOIN },
    },
    { name: 'customerRanking', query: customerRankingQuery({ limit: 50 }), expectedSeqScans: customers },
    { name: 'runningTotals', query: runningTotalsQuery({ limit: 100, from: undefined, to: undefined }) },
    {
      name: 'runningTotals (last month)',
      query: runningTotalsQuery({ limit: 100, from: monthStart(-1), to: monthStart(0) }),
    },
    {
      name: 'productSales (last month)',
      query: productSalesQuery({ limit: 50, from: monthStart(-1), to: monthStart(0) }),
      expectedSeqScans: someLines('~5 %'),
    },
    { name: 'monthlySales (12 months)', query: monthlySalesQuery({ months: 12, now }), expectedSeqScans: wideWindow },
    { name: 'monthlySales (3 months)', query: monthlySalesQuery({ months: 3, now }) },
    {
      name: 'salesRanking (12 months)',
      query: salesRankingQuery({ months: 12, topN: 10, now }),
      expectedSeqScans: wideWindow,
    },
    {
      name: 'salesRanking (3 months)',
      query: salesRankingQuery({ months: 3, topN: 10, now }),
      expectedSeqScans: someLines('~12 %'),
    },
    {
      name: 'usersWithRecentOrders',
      query: usersWithRecentOrdersQuery({ days: 30, now }),
      expectedSeqScans: { users: 'a quarter of all users qualify: hash semi-join' },
    },
    {
      name: 'usersWithoutOrders',
      query: usersWithoutOrdersQuery(),
      expectedSeqScans: { users: 'every user is checked' },
    },
    { name: 'usersAboveAverageSpending', query: usersAboveAverageSpendingQuery(), expectedSeqScans: customers },
    {
      name: 'productsNeverOrdered',
      query: productsNeverOrderedQuery(),
      expectedSeqScans: { products: 'every product is checked' },
    },
    {
      name: 'customerSegments',
      query: customerSegmentsQuery({
        highValueThreshold: new Prisma.Decimal('1000.00'),
        activeDays: 30,
        minActivity: 10,
        now,
      }),
      expectedSeqScans: { ...customers, user_activities: 'recent activity of thousands of high-value customers' },
    },
    { name: 'userActivityTrend', query: userActivityTrendQuery({ userId: activeUserId, months: 12, now }) },
    {
      name: 'dataConsistency',
      query: dataConsistencyQuery(),
      expectedSeqScans: Object.fromEntries(
        [
          'users',
          'products',
          'orders',
          'order_items',
          'user_activities',
          'user_profiles',
          'audit_logs',
          'categories',
        ].map((table) => [table, 'checks every row']),
      ),
    },
    ...searchCases(),
    { name: 'indexUsage', query: indexUsageQuery() },
    { name: 'unusedIndexes', query: unusedIndexesQuery() },
  ];
}

/** users(search:) and products(search:): the page statement fetchPage runs, which the pg_trgm indexes serve. */
function searchCases(): ReportCase[] {
  const admin = { userId: 0, role: 'ADMIN' as const };
  const page = pageRequest({ first: 20 });
  const asReport = (list: KeysetList): ReportQuery<unknown> => ({
    sql: pageStatement(list, page).sql,
    row: z.unknown(),
  });
  return [
    { name: 'users(search: "quxwor")', query: asReport(userList({ viewer: admin, search: 'quxwor' })) },
    { name: 'users(search: "smith")', query: asReport(userList({ viewer: admin, search: 'smith' })) },
    { name: 'products(search: "quxwor")', query: asReport(productList({ viewer: null, search: 'quxwor' })) },
    { name: 'products(search: "steel")', query: asReport(productList({ viewer: null, search: 'steel' })) },
  ];
}

/**
 * The database backend's CPU time so far (ms), from /proc/<pid>/schedstat:
 * only when the server runs on this machine and lets us read it. Unlike wall
 * time it barely moves with the machine's load (parallel workers excluded).
 */
function backendCpuClock(pid: number): (() => number) | undefined {
  const path = `/proc/${pid}/schedstat`;
  const read = () => Number(readFileSync(path, 'utf8').split(' ')[0]) / 1e6;
  try {
    return Number.isFinite(read()) ? read : undefined;
  } catch {
    return undefined;
  }
}

const url = process.env['DATABASE_URL'];
if (!url) {
  process.stderr.write(
    'explain-reports: DATABASE_URL is not set. Point it at a migrated, seeded database, e.g.:\n' +
      '  createdb -h 127.0.0.1 -U postgres commerce_bench\n' +
      '  export DATABASE_URL=postgresql://postgres@127.0.0.1:5432/commerce_bench\n' +
      '  npm run migrate\n' +
      "  ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD='Admin!pass123' npm run seed -- --users 10000 --products 2000 --orders 100000\n" +
      '  npm run explain-reports\n',
  );
  process.exit(2);
}
const strict = process.argv.includes('--strict');

const pool = createPool({
  connectionString: url,
  max: 1,
  connectionTimeoutMillis: 10_000,
  idleTimeoutMillis: 600_000,
  statementTimeoutMs: 0,
});
const prisma = createPrismaClient(pool);

try {
  await prisma.$executeRaw`ANALYZE`;
  const sizes = await prisma.$queryRaw<{ table: string; rows: number }[]>`
    SELECT relname::text AS "table", n_live_tup::int AS rows FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'`;
  const bigTables = new Set(sizes.filter((size) => size.rows >= BIG_TABLE_ROWS).map((size) => size.table));
  console.log(
    `Load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}; best of ${RUNS} runs per report.`,
  );
  console.log(
    `Tables: ${sizes
      .map((size) => `${size.table} ${size.rows}`)
      .sort()
      .join(', ')}`,
  );
  const [active] = await prisma.$queryRaw<{ user_id: number }[]>`
    SELECT user_id FROM user_activities GROUP BY user_id ORDER BY count(*) DESC, user_id LIMIT 1`;

  const [backend] = await prisma.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
  const backendCpuMs = backendCpuClock(backend!.pid);

  let unexpected = 0;
  const lines: string[][] = [
    ['report', 'exec ms', 'wall ms', 'cpu ms', 'rows', 'seq scans on big tables', 'indexes used'],
  ];
  const expected = new Map<string, string[]>();
  for (const report of cases(new Date(), active?.user_id ?? 1)) {
    let best = await explainReport(prisma, report.query);
    for (let run = 1; run < RUNS; run += 1) {
      const plan = await explainReport(prisma, report.query);
      if (plan.executionMs < best.executionMs) best = plan;
    }
    let wallMs = Infinity;
    let cpuMs = Infinity;
    let rows = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const cpuBefore = backendCpuMs?.();
      const started = performance.now();
      rows = (await runReport(prisma, report.query)).length;
      wallMs = Math.min(wallMs, performance.now() - started);
      if (cpuBefore !== undefined) cpuMs = Math.min(cpuMs, backendCpuMs!() - cpuBefore);
    }
    const scans = best.seqScans
      .filter((table) => bigTables.has(table))
      .map((table) => {
        const why = report.expectedSeqScans?.[table];
        if (!why) unexpected += 1;
        else expected.set(`${table}: ${why}`, [...(expected.get(`${table}: ${why}`) ?? []), report.name]);
        return why ? table : `${table} (UNEXPECTED)`;
      });
    lines.push([
      report.name,
      best.executionMs.toFixed(1),
      wallMs.toFixed(1),
      Number.isFinite(cpuMs) ? cpuMs.toFixed(1) : '-',
      String(rows),
      scans.join(', ') || '-',
      best.indexes.join(', ') || '-',
    ]);
  }
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  for (const [index, line] of lines.entries()) {
    console.log(
      line
        .map((cell, column) =>
          column >= 1 && column <= 4 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
        )
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('');
  console.log('Expected sequential scans:');
  for (const [why, reports] of expected) console.log(`  ${why}\n      in ${reports.join(', ')}`);
  console.log(
    unexpected === 0
      ? '\nNo unexpected sequential scan on a big table.'
      : `\n${unexpected} unexpected sequential scan(s) on big tables.`,
  );
  if (strict && unexpected > 0) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await pool.end();
}
