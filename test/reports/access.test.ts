import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInQueryScope, type QueryScope } from '../../src/db/query-observer.js';
import { graphql } from '../generated/index.js';
import { createTestServer, errorCodes, type GraphQLResponse, type TestServer } from '../support/server.js';
import { monthStart, seedReportFixture, type ReportFixture } from './fixture.js';

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

let server: TestServer;
let fixture: ReportFixture;
const admin = () => ({ as: { userId: fixture.users.admin.id, role: 'ADMIN' as const } });

beforeAll(async () => {
  server = await createTestServer();
  fixture = await seedReportFixture(server.db.prisma);
});
afterAll(() => server.close());

function badInputField(response: GraphQLResponse<unknown>): unknown {
  expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  return response.errors?.[0]?.extensions?.['field'];
}

describe('Query.reports access', () => {
  it('is UNAUTHENTICATED for anonymous requests', async () => {
    const response = await server.execute(Statistics);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data?.reports ?? null).toBeNull();
  });

  it('is FORBIDDEN for customers', async () => {
    const response = await server.execute(Statistics, {}, { as: { userId: fixture.users.alice.id, role: 'CUSTOMER' } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data?.reports ?? null).toBeNull();
  });

  it('answers admins', async () => {
    const response = await server.execute(Statistics, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.userStatistics.totalUsers).toBe(7);
  });
});

describe('report arguments', () => {
  const from = monthStart(-1).toISOString();

  it('limit is 1..500', async () => {
    expect(badInputField(await server.execute(TopCustomersArgs, { limit: 0 }, admin()))).toBe('limit');
    expect(badInputField(await server.execute(TopCustomersArgs, { limit: 501 }, admin()))).toBe('limit');
    expect(badInputField(await server.execute(CustomerRankingArgs, { limit: 0 }, admin()))).toBe('limit');
    expect(badInputField(await server.execute(RunningTotalsArgs, { limit: 501 }, admin()))).toBe('limit');
    expect(badInputField(await server.execute(ProductSalesArgs, { from, to: monthStart(0).toISOString(), limit: 0 }, admin()))).toBe(
      'limit',
    );
    const atMost = await server.execute(TopCustomersArgs, { limit: 500 }, admin());
    expect(atMost.errors).toBeUndefined();
    expect(atMost.data?.reports.topCustomers).toHaveLength(4);
  });

  it('months is 1..120, topN 1..500', async () => {
    expect(badInputField(await server.execute(MonthlySalesArgs, { months: 0 }, admin()))).toBe('months');
    expect(badInputField(await server.execute(MonthlySalesArgs, { months: 121 }, admin()))).toBe('months');
    expect(badInputField(await server.execute(SalesRankingArgs, { months: 121 }, admin()))).toBe('months');
    expect(badInputField(await server.execute(SalesRankingArgs, { topN: 0 }, admin()))).toBe('topN');
    const userId = encodeGlobalID('User', fixture.users.alice.id);
    expect(badInputField(await server.execute(ActivityTrendArgs, { userId, months: 0 }, admin()))).toBe('months');
    const longest = await server.execute(MonthlySalesArgs, { months: 120 }, admin());
    expect(longest.data?.reports.monthlySales).toHaveLength(120);
  });

  it('from must be earlier than to', async () => {
    expect(badInputField(await server.execute(TopCustomersArgs, { from, to: from }, admin()))).toBe('from');
    expect(badInputField(await server.execute(RunningTotalsArgs, { from, to: monthStart(-2).toISOString() }, admin()))).toBe('from');
    expect(badInputField(await server.execute(ProductSalesArgs, { from, to: from }, admin()))).toBe('from');
  });

  it('days, thresholds and ids are checked too', async () => {
    expect(badInputField(await server.execute(RecentOrdersArgs, { days: 0 }, admin()))).toBe('days');
    expect(badInputField(await server.execute(SegmentsArgs, { highValueThreshold: '-1.00' }, admin()))).toBe('highValueThreshold');
    expect(badInputField(await server.execute(SegmentsArgs, { activeDays: 0 }, admin()))).toBe('activeDays');
    expect(badInputField(await server.execute(SegmentsArgs, { minActivity: -1 }, admin()))).toBe('minActivity');
    const productId = encodeGlobalID('Product', fixture.products.p1.id);
    expect(badInputField(await server.execute(ActivityTrendArgs, { userId: productId }, admin()))).toBe('userId');
  });
});

describe('report rows and N+1', () => {
  async function statementsFor(limit: number) {
    const scope: QueryScope = { statementCount: 0 };
    const response = await runInQueryScope(scope, () => server.execute(NestedRows, { limit }, admin()));
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
      orderNumber: fixture.orders.o3.orderNumber,
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
