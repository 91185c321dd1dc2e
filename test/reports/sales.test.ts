import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { monthLabel, monthStart, useReportFixture } from './fixture.js';

/** Sales over time on the fixture (see fixture.ts); frank's orders count here (revenue, not people). */

const RunningTotals = graphql(`
  query ReportsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {
    reports {
      runningTotals(from: $from, to: $to, limit: $limit) {
        order {
          orderNumber
        }
        createdAt
        totalAmount
        runningTotal
        runningAverage
      }
    }
  }
`);

const MonthlySales = graphql(`
  query ReportsMonthlySales($months: Int) {
    reports {
      monthlySales(months: $months) {
        month
        orderCount
        revenue
        averageOrderValue
        uniqueCustomers
        revenueGrowth
        isPartial
      }
    }
  }
`);

const SalesRanking = graphql(`
  query ReportsSalesRanking($months: Int, $topN: Int) {
    reports {
      salesRanking(months: $months, topN: $topN) {
        month
        product {
          name
        }
        quantitySold
        revenue
        revenueRank
        quantityRank
      }
    }
  }
`);

const reports = useReportFixture();
const { admin } = reports;

describe('reports.runningTotals', () => {
  it('sums sales orders by (createdAt, id): O8 (created before O9) comes after it, O10–O12 share an instant', async () => {
    const response = await reports.server.execute(RunningTotals, {}, admin());
    expect(response.errors).toBeUndefined();
    const { o1, o2, o3, o6, o7, o8, o9, o10, o11, o12 } = reports.fixture.orders;
    expect(
      response.data?.reports.runningTotals.map((row) => [
        row.order.orderNumber,
        row.totalAmount,
        row.runningTotal,
        row.runningAverage,
      ]),
    ).toEqual([
      [o1.orderNumber, '45.00', '45.00', '45.00'],
      [o2.orderNumber, '50.00', '95.00', '47.50'],
      [o3.orderNumber, '200.00', '295.00', '98.33'],
      [o6.orderNumber, '45.00', '340.00', '85.00'],
      [o7.orderNumber, '25.00', '365.00', '73.00'],
      [o9.orderNumber, '300.00', '665.00', '110.83'],
      [o8.orderNumber, '100.00', '765.00', '109.29'],
      [o10.orderNumber, '60.00', '825.00', '103.13'],
      [o11.orderNumber, '35.00', '860.00', '95.56'],
      [o12.orderNumber, '17.50', '877.50', '87.75'],
    ]);
    expect(response.data?.reports.runningTotals[6]?.createdAt).toBe(
      new Date(monthStart(0).getTime() - 1).toISOString(),
    );
  });

  it('starts the sums at `from` and stops before `to`, then cuts at limit', async () => {
    const window = { from: monthStart(-1).toISOString(), to: monthStart(0).toISOString() };
    const all = await reports.server.execute(RunningTotals, window, admin());
    expect(all.data?.reports.runningTotals.map((row) => [row.runningTotal, row.runningAverage])).toEqual([
      ['45.00', '45.00'],
      ['70.00', '35.00'],
      ['370.00', '123.33'],
      ['470.00', '117.50'],
    ]);
    const limited = await reports.server.execute(RunningTotals, { ...window, limit: 2 }, admin());
    expect(limited.data?.reports.runningTotals.map((row) => row.runningTotal)).toEqual(['45.00', '70.00']);
  });
});

describe('reports.monthlySales', () => {
  it('has every month of the window, zeros for months without sales, LAG growth null first and after a zero month', async () => {
    const response = await reports.server.execute(MonthlySales, { months: 4 }, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.monthlySales).toEqual([
      // O1 45 + O2 50 + O3 200 (frank's sales count: revenue, not people)
      {
        month: monthLabel(-3),
        orderCount: 3,
        revenue: '295.00',
        averageOrderValue: '98.33',
        uniqueCustomers: 3,
        revenueGrowth: null,
        isPartial: false,
      },
      // only PENDING and CANCELLED orders
      {
        month: monthLabel(-2),
        orderCount: 0,
        revenue: '0.00',
        averageOrderValue: '0.00',
        uniqueCustomers: 0,
        revenueGrowth: -100,
        isPartial: false,
      },
      // O6 45 + O7 25 + O9 300 + O8 100 (at M0 - 1 ms)
      {
        month: monthLabel(-1),
        orderCount: 4,
        revenue: '470.00',
        averageOrderValue: '117.50',
        uniqueCustomers: 4,
        revenueGrowth: null,
        isPartial: false,
      },
      // O10 60 + O11 35 + O12 17.50, all at M0: (112.50 - 470) / 470 = -76.06 %
      {
        month: monthLabel(0),
        orderCount: 3,
        revenue: '112.50',
        averageOrderValue: '37.50',
        uniqueCustomers: 3,
        revenueGrowth: -76.06,
        isPartial: true,
      },
    ]);
  });

  it('defaults to 12 months, the older ones empty', async () => {
    const response = await reports.server.execute(MonthlySales, {}, admin());
    const rows = response.data!.reports.monthlySales;
    expect(rows.map((row) => row.month)).toEqual(Array.from({ length: 12 }, (_, i) => monthLabel(i - 11)));
    expect(
      rows.slice(0, 8).every((row) => row.orderCount === 0 && row.revenue === '0.00' && row.revenueGrowth === null),
    ).toBe(true);
    expect(rows.slice(8).map((row) => row.revenue)).toEqual(['295.00', '0.00', '470.00', '112.50']);
    // Only the current month is unfinished.
    expect(rows.map((row) => row.isPartial)).toEqual([...Array(11).fill(false), true]);
  });
});

describe('reports.salesRanking', () => {
  it('ranks products within each month by revenue and by quantity (ties by product id)', async () => {
    const response = await reports.server.execute(SalesRanking, { months: 4 }, admin());
    expect(response.errors).toBeUndefined();
    expect(
      response.data?.reports.salesRanking.map((row) => [
        row.month,
        row.product.name,
        row.quantitySold,
        row.revenue,
        row.revenueRank,
        row.quantityRank,
      ]),
    ).toEqual([
      [monthLabel(-3), 'P1', 12, '120.00', 1, 2],
      [monthLabel(-3), 'P3', 20, '100.00', 2, 1],
      [monthLabel(-3), 'P2', 3, '75.00', 3, 3],
      // P1 and P2 both sold 13: P1 has the lower id
      [monthLabel(-1), 'P2', 13, '325.00', 1, 2],
      [monthLabel(-1), 'P1', 13, '130.00', 2, 1],
      [monthLabel(-1), 'P3', 3, '15.00', 3, 3],
      [monthLabel(0), 'P1', 8, '77.50', 1, 1],
      [monthLabel(0), 'P3', 7, '35.00', 2, 2],
    ]);
  });

  it('keeps the top N by revenue or by quantity', async () => {
    const response = await reports.server.execute(SalesRanking, { months: 4, topN: 1 }, admin());
    expect(response.data?.reports.salesRanking.map((row) => [row.month, row.product.name])).toEqual([
      [monthLabel(-3), 'P1'],
      [monthLabel(-3), 'P3'],
      [monthLabel(-1), 'P2'],
      [monthLabel(-1), 'P1'],
      [monthLabel(0), 'P1'],
    ]);
  });

  it('only looks at the window', async () => {
    const response = await reports.server.execute(SalesRanking, { months: 1 }, admin());
    expect(response.data?.reports.salesRanking.map((row) => row.month)).toEqual([monthLabel(0), monthLabel(0)]);
  });
});
