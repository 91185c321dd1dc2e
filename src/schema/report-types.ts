import type { ConsistencyIssueRow, ConsistencyReport } from '../reports/consistency.js';
import type {
  CustomerRankRow,
  CustomerSegmentsResult,
  CustomerSpendingRow,
  UserStatisticsRow,
} from '../reports/customers.js';
import type { IndexUsageRow } from '../reports/indexes.js';
import type { MonthlyActivityRow } from '../reports/activity.js';
import type { ProductSalesRow } from '../reports/products.js';
import type { MonthlyProductRankRow, MonthlySalesRow, RunningTotalRow } from '../reports/sales.js';
import { builder } from './builder.js';

/**
 * The row types of Query.reports. Rows carry ids; `user`, `product` and
 * `order` resolve through the per-request *ById loaders with Pothos' query
 * for the field, so a list of rows costs one findMany per level, nested
 * relations included.
 */

export const UserStatistics = builder.objectRef<UserStatisticsRow>('UserStatistics').implement({
  description: 'Users that are not soft-deleted. Days are UTC days.',
  fields: (t) => ({
    totalUsers: t.exposeInt('totalUsers'),
    activeUsers: t.exposeInt('activeUsers'),
    inactiveUsers: t.exposeInt('inactiveUsers'),
    registeredToday: t.exposeInt('registeredToday', { description: 'Created since 00:00 UTC today.' }),
    registeredLast7Days: t.exposeInt('registeredLast7Days', { description: 'Created in the last 7 × 24 hours.' }),
  }),
});

export const CustomerSpending = builder.objectRef<CustomerSpendingRow>('CustomerSpending').implement({
  description: 'A customer and their sales orders (CONFIRMED, SHIPPED, DELIVERED).',
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, row, _args, context) => context.loaders.userById.load(row.userId, query),
    }),
    orderCount: t.exposeInt('orderCount', { description: 'Sales orders.' }),
    totalSpent: t.expose('totalSpent', { type: 'Decimal', description: 'Sum of the sales orders’ totalAmount.' }),
  }),
});

export const CustomerRank = builder.objectRef<CustomerRankRow>('CustomerRank').implement({
  description: 'A customer ranked among all customers (users not soft-deleted with at least one sales order).',
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, row, _args, context) => context.loaders.userById.load(row.userId, query),
    }),
    orderCount: t.exposeInt('orderCount', { description: 'Sales orders.' }),
    totalSpent: t.expose('totalSpent', { type: 'Decimal' }),
    spendingRank: t.exposeInt('spendingRank', {
      description: 'ROW_NUMBER over totalSpent DESC (ties broken by user id).',
    }),
    orderCountRank: t.exposeInt('orderCountRank', { description: 'RANK over orderCount DESC.' }),
    spendingPercentile: t.exposeFloat('spendingPercentile', {
      description: 'PERCENT_RANK over totalSpent DESC, 0..1: 0 for the top spender (and those tied with them).',
    }),
  }),
});

export const RunningTotal = builder.objectRef<RunningTotalRow>('RunningTotal').implement({
  fields: (t) => ({
    order: t.prismaField({
      type: 'Order',
      resolve: (query, row, _args, context) => context.loaders.orderById.load(row.orderId, query),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    totalAmount: t.expose('totalAmount', { type: 'Decimal' }),
    runningTotal: t.expose('runningTotal', {
      type: 'Decimal',
      description: 'SUM over sales orders ordered by createdAt, id (from the first order of the range).',
    }),
    runningAverage: t.expose('runningAverage', {
      type: 'Decimal',
      description: 'AVG over the same frame, rounded to cents.',
    }),
  }),
});

export const ProductSales = builder.objectRef<ProductSalesRow>('ProductSales').implement({
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      resolve: (query, row, _args, context) => context.loaders.productById.load(row.productId, query),
    }),
    orderLines: t.exposeInt('orderLines', { description: 'Number of order lines.' }),
    quantitySold: t.exposeInt('quantitySold'),
    revenue: t.expose('revenue', { type: 'Decimal', description: 'Sum of the lines’ totalPrice.' }),
    averageSellingPrice: t.expose('averageSellingPrice', {
      type: 'Decimal',
      description: 'revenue / quantitySold, rounded to cents.',
    }),
    estimatedProfit: t.expose('estimatedProfit', {
      type: 'Decimal',
      nullable: true,
      description: 'revenue - quantitySold * cost (the product’s current cost); null when the product has no cost.',
    }),
  }),
});

export const MonthlySales = builder.objectRef<MonthlySalesRow>('MonthlySales').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM, in UTC.' }),
    orderCount: t.exposeInt('orderCount'),
    revenue: t.expose('revenue', { type: 'Decimal' }),
    averageOrderValue: t.expose('averageOrderValue', {
      type: 'Decimal',
      description: 'revenue / orderCount rounded to cents; 0.00 in a month without sales.',
    }),
    uniqueCustomers: t.exposeInt('uniqueCustomers'),
    revenueGrowth: t.exposeFloat('revenueGrowth', {
      nullable: true,
      description:
        'Percent change of revenue against the previous month (LAG), rounded to two decimals; null for the first month and after a month with no revenue.',
    }),
    isPartial: t.exposeBoolean('isPartial', {
      description:
        'The current month (UTC), not over yet: its figures, and its growth against a whole month, cover only the days so far.',
    }),
  }),
});

export const MonthlyProductRank = builder.objectRef<MonthlyProductRankRow>('MonthlyProductRank').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM, in UTC.' }),
    product: t.prismaField({
      type: 'Product',
      resolve: (query, row, _args, context) => context.loaders.productById.load(row.productId, query),
    }),
    quantitySold: t.exposeInt('quantitySold'),
    revenue: t.expose('revenue', { type: 'Decimal' }),
    revenueRank: t.exposeInt('revenueRank', {
      description: 'ROW_NUMBER within the month by revenue DESC (ties by product id).',
    }),
    quantityRank: t.exposeInt('quantityRank', {
      description: 'ROW_NUMBER within the month by quantity DESC (ties by product id).',
    }),
  }),
});

export const MonthlyActivity = builder.objectRef<MonthlyActivityRow>('MonthlyActivity').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM, in UTC.' }),
    activityCount: t.exposeInt('activityCount'),
    previousMonthCount: t.exposeInt('previousMonthCount', {
      nullable: true,
      description: 'LAG of activityCount; null for the first month of the window.',
    }),
    growth: t.exposeFloat('growth', {
      nullable: true,
      description: 'Percent change against previousMonthCount, rounded to two decimals; null when that is null or 0.',
    }),
  }),
});

export const CustomerSegments = builder.objectRef<CustomerSegmentsResult>('CustomerSegments').implement({
  description:
    'Customers (users not soft-deleted) whose sales orders total more than highValueThreshold, split by recent activity (UserActivity rows).',
  fields: (t) => ({
    vip: t.field({
      type: [CustomerSpending],
      description:
        'Spent more than highValueThreshold AND had more than minActivity activities in the last activeDays. By totalSpent DESC, user id.',
      resolve: (segments) => segments.vip,
    }),
    atRisk: t.field({
      type: [CustomerSpending],
      description: 'Spent more than highValueThreshold but NOT active as above. By totalSpent DESC, user id.',
      resolve: (segments) => segments.atRisk,
    }),
  }),
});

export const ConsistencyIssue = builder.objectRef<ConsistencyIssueRow>('ConsistencyIssue').implement({
  description: 'One kind of problem in one table, with the rows it affects.',
  fields: (t) => ({
    kind: t.exposeString('kind', {
      description:
        'ORPHAN_ROW (a reference to a missing row), ORDER_TOTAL_MISMATCH (totalAmount differs from the sum of the items by more than 0.01), NEGATIVE_STOCK, DUPLICATE_EMAIL (ignoring case), ITEM_TOTAL_MISMATCH (totalPrice <> quantity × unitPrice).',
    }),
    table: t.exposeString('table'),
    description: t.exposeString('description'),
    records: t.field({
      type: ['JSONObject'],
      description:
        'Affected rows, e.g. { orderId, orderNumber, storedTotal, computedTotal } (money as strings); at most 100 per issue, by id.',
      resolve: (issue) => issue.records,
    }),
  }),
});

export const ConsistencyReportRef = builder.objectRef<ConsistencyReport>('ConsistencyReport').implement({
  fields: (t) => ({
    checkedAt: t.expose('checkedAt', { type: 'DateTime' }),
    totalIssues: t.exposeInt('totalIssues', {
      description: 'Affected rows over all issues (a duplicated email counts once); 0 when the data is consistent.',
    }),
    issues: t.field({ type: [ConsistencyIssue], resolve: (report) => report.issues }),
  }),
});

export const IndexUsage = builder.objectRef<IndexUsageRow>('IndexUsage').implement({
  description: 'pg_stat_user_indexes since the last statistics reset; counters saturate at 2^31 - 1.',
  fields: (t) => ({
    table: t.exposeString('table'),
    index: t.exposeString('index'),
    scans: t.exposeInt('scans'),
    tuplesRead: t.exposeInt('tuplesRead'),
    tuplesFetched: t.exposeInt('tuplesFetched'),
    sizeBytes: t.exposeInt('sizeBytes'),
  }),
});
