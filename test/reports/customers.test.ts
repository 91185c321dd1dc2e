import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { monthStart, useReportFixture } from './fixture.js';

/**
 * Customer reports over the fixture (see fixture.ts). Sales per customer,
 * users not soft-deleted:
 *   alice 3 orders 150.00 (O1 45 + O6 45 + O10 60)
 *   bob   2 orders 150.00 (O2 50 + O8 100)
 *   carol 2 orders  60.00 (O7 25 + O11 35)
 *   grace 1 order   17.50 (O12)
 * Not customers: frank (soft-deleted, 500.00), dave (PENDING 50 + CANCELLED 30
 * only), erin and admin (no orders).
 */

const TopCustomers = graphql(`
  query ReportsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {
    reports {
      topCustomers(limit: $limit, from: $from, to: $to) {
        user {
          username
        }
        orderCount
        totalSpent
      }
    }
  }
`);

const CustomerRanking = graphql(`
  query ReportsCustomerRanking($limit: Int) {
    reports {
      customerRanking(limit: $limit) {
        user {
          username
        }
        orderCount
        totalSpent
        spendingRank
        orderCountRank
        spendingPercentile
      }
    }
  }
`);

const UserLists = graphql(`
  query ReportsUserLists {
    reports {
      usersWithoutOrders {
        username
      }
      usersAboveAverageSpending {
        user {
          username
        }
        orderCount
        totalSpent
      }
    }
  }
`);

const reports = useReportFixture();
const { admin } = reports;

describe('reports.topCustomers', () => {
  it('ranks customers by sales only, ties by user id, leaving out soft-deleted users', async () => {
    const response = await reports.server.execute(TopCustomers, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.topCustomers).toEqual([
      { user: { username: 'alice' }, orderCount: 3, totalSpent: '150.00' },
      { user: { username: 'bob' }, orderCount: 2, totalSpent: '150.00' },
      { user: { username: 'carol' }, orderCount: 2, totalSpent: '60.00' },
      { user: { username: 'grace' }, orderCount: 1, totalSpent: '17.50' },
    ]);
  });

  it('cuts at limit', async () => {
    const response = await reports.server.execute(TopCustomers, { limit: 2 }, admin());
    expect(response.data?.reports.topCustomers.map((row) => row.user.username)).toEqual(['alice', 'bob']);
  });

  it('counts only orders in [from, to): the last millisecond of a month is in, the first of the next is out', async () => {
    const response = await reports.server.execute(
      TopCustomers,
      { from: monthStart(-1).toISOString(), to: monthStart(0).toISOString() },
      admin(),
    );
    // O6 alice 45, O7 carol 25, O8 bob 100 at M0 - 1 ms; O9 is frank's; O10 (alice, M0) is out.
    expect(response.data?.reports.topCustomers).toEqual([
      { user: { username: 'bob' }, orderCount: 1, totalSpent: '100.00' },
      { user: { username: 'alice' }, orderCount: 1, totalSpent: '45.00' },
      { user: { username: 'carol' }, orderCount: 1, totalSpent: '25.00' },
    ]);
  });

  it('takes either bound alone', async () => {
    const since = await reports.server.execute(TopCustomers, { from: monthStart(0).toISOString() }, admin());
    expect(since.data?.reports.topCustomers).toEqual([
      { user: { username: 'alice' }, orderCount: 1, totalSpent: '60.00' },
      { user: { username: 'carol' }, orderCount: 1, totalSpent: '35.00' },
      { user: { username: 'grace' }, orderCount: 1, totalSpent: '17.50' },
    ]);
    const until = await reports.server.execute(TopCustomers, { to: monthStart(-1).toISOString() }, admin());
    expect(until.data?.reports.topCustomers).toEqual([
      { user: { username: 'bob' }, orderCount: 1, totalSpent: '50.00' },
      { user: { username: 'alice' }, orderCount: 1, totalSpent: '45.00' },
    ]);
  });
});

describe('reports.customerRanking', () => {
  it('gives ROW_NUMBER by spending (ties by id), RANK by order count and PERCENT_RANK by spending', async () => {
    const response = await reports.server.execute(CustomerRanking, {}, admin());
    expect(response.errors).toBeUndefined();
    const rows = response.data!.reports.customerRanking;
    expect(rows.map(({ spendingPercentile: _, ...row }) => row)).toEqual([
      { user: { username: 'alice' }, orderCount: 3, totalSpent: '150.00', spendingRank: 1, orderCountRank: 1 },
      { user: { username: 'bob' }, orderCount: 2, totalSpent: '150.00', spendingRank: 2, orderCountRank: 2 },
      { user: { username: 'carol' }, orderCount: 2, totalSpent: '60.00', spendingRank: 3, orderCountRank: 2 },
      { user: { username: 'grace' }, orderCount: 1, totalSpent: '17.50', spendingRank: 4, orderCountRank: 4 },
    ]);
    // PERCENT_RANK = (rank - 1) / (4 - 1); alice and bob tie at rank 1.
    expect(rows.map((row) => row.spendingPercentile)).toEqual([0, 0, expect.closeTo(2 / 3, 10), 1]);
  });

  it('cuts at limit by spendingRank', async () => {
    const response = await reports.server.execute(CustomerRanking, { limit: 3 }, admin());
    expect(response.data?.reports.customerRanking.map((row) => [row.user.username, row.spendingRank])).toEqual([
      ['alice', 1],
      ['bob', 2],
      ['carol', 3],
    ]);
  });
});

describe('reports user lists', () => {
  it('usersWithoutOrders: users without a sales order (PENDING/CANCELLED only counts as none), not soft-deleted', async () => {
    const response = await reports.server.execute(UserLists, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.usersWithoutOrders.map((user) => user.username)).toEqual([
      reports.fixture.users.admin.username,
      'dave',
      'erin',
    ]);
  });

  it("usersAboveAverageSpending: above the mean of customers' totals (377.50 / 4 = 94.375)", async () => {
    const response = await reports.server.execute(UserLists, {}, admin());
    expect(response.data?.reports.usersAboveAverageSpending).toEqual([
      { user: { username: 'alice' }, orderCount: 3, totalSpent: '150.00' },
      { user: { username: 'bob' }, orderCount: 2, totalSpent: '150.00' },
    ]);
  });
});
