import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { runInQueryScope, type QueryScope } from '../../src/db/query-observer.js';
import { graphql } from '../generated/index.js';
import { errorCodes, type GraphQLResponse } from '../support/server.js';
import { monthStart, useReportFixture } from './fixture.js';

/** Who may read reports, how arguments are checked, and what a list of report rows costs in statements. */

const Statistics = graphql(`
  query ReportsAccessStatistics {
    reports {
      userStatistics {
        totalUsers
      }
    }
  }
`);

const TopCustomersArgs = graphql(`
  query ReportsArgsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {
    reports {
      topCustomers(limit: $limit, from: $from, to: $to) {
        totalSpent
      }
    }
  }
`);

const CustomerRankingArgs = graphql(`
  query ReportsArgsCustomerRanking($limit: Int) {
    reports {
      customerRanking(limit: $limit) {
        spendingRank
      }
    }
  }
`);

const RunningTotalsArgs = graphql(`
  query ReportsArgsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {
    reports {
      runningTotals(from: $from, to: $to, limit: $limit) {
        runningTotal
      }
    }
  }
`);

const ProductSalesArgs = graphql(`
  query ReportsArgsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {
    reports {
      productSales(from: $from, to: $to, limit: $limit) {
        revenue
      }
    }
  }
`);

const MonthlySalesArgs = graphql(`
  query ReportsArgsMonthlySales($months: Int) {
    reports {
      monthlySales(months: $months) {
        month
      }
    }
  }
`);

const SalesRankingArgs = graphql(`
  query ReportsArgsSalesRanking($months: Int, $topN: Int) {
    reports {
      salesRanking(months: $months, topN: $topN) {
        month
      }
    }
  }
`);

const RecentOrdersArgs = graphql(`
  query ReportsArgsRecentOrders($days: Int) {
    reports {
      usersWithRecentOrders(days: $days) {
        username
      }
    }
  }
`);

const SegmentsArgs = graphql(`
  query ReportsArgsSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {
    reports {
      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {
        vip {
          totalSpent
        }
      }
    }
  }
`);

const ActivityTrendArgs = graphql(`
  query ReportsArgsActivityTrend($userId: ID!, $months: Int) {
    reports {
      userActivityTrend(userId: $userId, months: $months) {
        month
      }
    }
  }
`);

const NestedRows = graphql(`
  query ReportsBatchingNestedRows($limit: Int) {
    reports {
      runningTotals(limit: $limit) {
        runningTotal
        order {
          orderNumber
          customer {
            username
          }
          items {
            quantity
            product {
              name
            }
          }
        }
      }
      customerRanking(limit: $limit) {
        user {
          username
        }
      }
      salesRanking(months: 4) {
        product {
          name
        }
      }
    }
  }
`);

const reports = useReportFixture();
const { admin } = reports;

function badInputField(response: GraphQLResponse<unknown>): unknown {
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  return response.errors?.[0]?.extensions?.['field'];
}

describe('Query.reports access', () => {
  it('is UNAUTHENTICATED for anonymous requests', async () => {
    const response = await reports.server.execute(Statistics);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.reports ?? null).toBeNull();
  });

  it('is FORBIDDEN for customers', async () => {
    const response = await reports.server.execute(
      Statistics,
      {},
      { as: { userId: reports.fixture.users.alice.id, role: 'CUSTOMER' } },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data?.reports ?? null).toBeNull();
  });

  it('answers admins', async () => {
    const response = await reports.server.execute(Statistics, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.userStatistics.totalUsers).toBe(7);
  });
});

describe('report arguments', () => {
  const from = monthStart(-1).toISOString();

  it('limit is 1..500', async () => {
    expect(badInputField(await reports.server.execute(TopCustomersArgs, { limit: 0 }, admin()))).toBe('limit');
    expect(badInputField(await reports.server.execute(TopCustomersArgs, { limit: 501 }, admin()))).toBe('limit');
    expect(badInputField(await reports.server.execute(CustomerRankingArgs, { limit: 0 }, admin()))).toBe('limit');
    expect(badInputField(await reports.server.execute(RunningTotalsArgs, { limit: 501 }, admin()))).toBe('limit');
    expect(
      badInputField(
        await reports.server.execute(ProductSalesArgs, { from, to: monthStart(0).toISOString(), limit: 0 }, admin()),
      ),
    ).toBe('limit');
    const atMost = await reports.server.execute(TopCustomersArgs, { limit: 500 }, admin());
    expect(atMost.errors).toBeUndefined();
    expect(atMost.data?.reports.topCustomers).toHaveLength(4);
  });

  it('months is 1..120, topN 1..500', async () => {
    expect(badInputField(await reports.server.execute(MonthlySalesArgs, { months: 0 }, admin()))).toBe('months');
    expect(badInputField(await reports.server.execute(MonthlySalesArgs, { months: 121 }, admin()))).toBe('months');
    expect(badInputField(await reports.server.execute(SalesRankingArgs, { months: 121 }, admin()))).toBe('months');
    expect(badInputField(await reports.server.execute(SalesRankingArgs, { topN: 0 }, admin()))).toBe('topN');
    const userId = encodeGlobalID('User', reports.fixture.users.alice.id);
    expect(badInputField(await reports.server.execute(ActivityTrendArgs, { userId, months: 0 }, admin()))).toBe(
      'months',
    );
    const longest = await reports.server.execute(MonthlySalesArgs, { months: 120 }, admin());
    expect(longest.data?.reports.monthlySales).toHaveLength(120);
  });

  it('from must be earlier than to', async () => {
    expect(badInputField(await reports.server.execute(TopCustomersArgs, { from, to: from }, admin()))).toBe('from');
    expect(
      badInputField(
        await reports.server.execute(RunningTotalsArgs, { from, to: monthStart(-2).toISOString() }, admin()),
      ),
    ).toBe('from');
    expect(badInputField(await reports.server.execute(ProductSalesArgs, { from, to: from }, admin()))).toBe('from');
  });

  it('days, thresholds and ids are checked too', async () => {
    expect(badInputField(await reports.server.execute(RecentOrdersArgs, { days: 0 }, admin()))).toBe('days');
    expect(badInputField(await reports.server.execute(SegmentsArgs, { highValueThreshold: '-1.00' }, admin()))).toBe(
      'highValueThreshold',
    );
    expect(badInputField(await reports.server.execute(SegmentsArgs, { activeDays: 0 }, admin()))).toBe('activeDays');
    expect(badInputField(await reports.server.execute(SegmentsArgs, { minActivity: -1 }, admin()))).toBe('minActivity');
    const productId = encodeGlobalID('Product', reports.fixture.products.p1.id);
    expect(badInputField(await reports.server.execute(ActivityTrendArgs, { userId: productId }, admin()))).toBe(
      'userId',
    );
  });
});

describe('report rows and N+1', () => {
  async function statementsFor(limit: number) {
    const scope: QueryScope = { statementCount: 0 };
    const response = await runInQueryScope(scope, () => reports.server.execute(NestedRows, { limit }, admin()));
    expect(response.errors).toBeUndefined();
    return { response, statements: scope.statementCount };
  }

  it('resolves users, products and orders of report rows in one statement per level, whatever the row count', async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(10);
    expect(few.response.data?.reports.runningTotals).toHaveLength(2);
    expect(many.response.data?.reports.runningTotals).toHaveLength(10);
    expect(many.response.data?.reports.customerRanking).toHaveLength(4);
    expect(many.response.data?.reports.salesRanking).toHaveLength(8);
    expect(many.response.data?.reports.runningTotals[2]?.order).toEqual({
      orderNumber: reports.fixture.orders.o3.orderNumber,
      customer: { username: 'frank' },
      items: [
        { quantity: 20, product: { name: 'P3' } },
        { quantity: 10, product: { name: 'P1' } },
      ],
    });
    expect(many.statements).toBe(few.statements);
    // the viewer's account + 3 reports + users + products + orders with customer, items and their products
    // (at most one statement per relation level)
    expect(many.statements).toBeLessThanOrEqual(10);
  });
});
