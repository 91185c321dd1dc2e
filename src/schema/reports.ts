import { Prisma } from '../db/prisma.js';
import { NotFoundError } from '../errors.js';
import { userActivityTrend } from '../reports/activity.js';
import {
  ACTIVITY_RANGE,
  DAYS_RANGE,
  dateRangeArg,
  LIMIT_RANGE,
  MONTHS_RANGE,
  requiredDateRangeArg,
} from '../reports/arguments.js';
import { dataConsistency } from '../reports/consistency.js';
import {
  customerRanking,
  customerSegments,
  topCustomers,
  userStatistics,
  usersAboveAverageSpending,
  usersWithoutOrders,
  usersWithRecentOrders,
} from '../reports/customers.js';
import { indexUsage, unusedIndexes } from '../reports/indexes.js';
import { productSales, productsNeverOrdered } from '../reports/products.js';
import { monthlySales, runningTotals, salesRanking } from '../reports/sales.js';
import { builder } from './builder.js';
import { intBetween, nonNegativeMoney } from './inputs.js';
import { rowIdOf } from '../lib/global-id.js';
import {
  ConsistencyReportRef,
  CustomerRank,
  CustomerSegments,
  CustomerSpending,
  IndexUsage,
  MonthlyActivity,
  MonthlyProductRank,
  MonthlySales,
  ProductSales,
  RunningTotal,
  UserStatistics,
} from './report-types.js';

/** The instant every report of one request is computed at. */
interface ReportsRoot {
  now: Date;
}

const MONTHS_DESCRIPTION = 'The last N calendar months in UTC, the current one included (1..120).';
const LIMIT_DESCRIPTION = 'At most this many rows (1..500).';
const FROM_DESCRIPTION = 'Orders created at or after this instant (inclusive); must be before `to`.';
const TO_DESCRIPTION = 'Orders created before this instant (exclusive).';

const Reports = builder.objectRef<ReportsRoot>('Reports').implement({
  description:
    'Admin reports, each one SQL statement. Sales are orders in CONFIRMED, SHIPPED or DELIVERED; PENDING and CANCELLED never count ("spent" means the same). Reports about users leave out soft-deleted users; reports about revenue count every sales order.',
  fields: (t) => ({
    userStatistics: t.field({
      type: UserStatistics,
      resolve: (root, _args, context) => userStatistics(context.prisma, root.now),
    }),
    topCustomers: t.field({
      type: [CustomerSpending],
      description: 'Customers by totalSpent in [from, to) (either bound optional), highest first, ties by user id.',
      args: {
        limit: t.arg.int({ defaultValue: 10, description: LIMIT_DESCRIPTION, validate: intBetween(LIMIT_RANGE) }),
        from: t.arg({ type: 'DateTime', description: FROM_DESCRIPTION }),
        to: t.arg({ type: 'DateTime', description: TO_DESCRIPTION }),
      },
      resolve: (_root, args, context) =>
        topCustomers(context.prisma, { limit: args.limit ?? 10, ...dateRangeArg(args.from, args.to) }),
    }),
    customerRanking: t.field({
      type: [CustomerRank],
      description: 'Customers (users not soft-deleted with a sales order) by spendingRank.',
      args: {
        limit: t.arg.int({ defaultValue: 50, description: LIMIT_DESCRIPTION, validate: intBetween(LIMIT_RANGE) }),
      },
      resolve: (_root, args, context) => customerRanking(context.prisma, { limit: args.limit ?? 50 }),
    }),
    runningTotals: t.field({
      type: [RunningTotal],
      description:
        'Sales orders created in [from, to) by (createdAt, id), with the running sum and mean from the first of them.',
      args: {
        from: t.arg({ type: 'DateTime', description: FROM_DESCRIPTION }),
        to: t.arg({ type: 'DateTime', description: TO_DESCRIPTION }),
        limit: t.arg.int({ defaultValue: 100, description: LIMIT_DESCRIPTION, validate: intBetween(LIMIT_RANGE) }),
      },
      resolve: (_root, args, context) =>
        runningTotals(context.prisma, { limit: args.limit ?? 100, ...dateRangeArg(args.from, args.to) }),
    }),
    productSales: t.field({
      type: [ProductSales],
      description: 'Products on lines of sales orders created in [from, to), by revenue DESC, ties by product id.',
      args: {
        from: t.arg({ type: 'DateTime', required: true, description: FROM_DESCRIPTION }),
        to: t.arg({ type: 'DateTime', required: true, description: TO_DESCRIPTION }),
        limit: t.arg.int({ defaultValue: 50, description: LIMIT_DESCRIPTION, validate: intBetween(LIMIT_RANGE) }),
      },
      resolve: (_root, args, context) =>
        productSales(context.prisma, { limit: args.limit ?? 50, ...requiredDateRangeArg(args.from, args.to) }),
    }),
    monthlySales: t.field({
      type: [MonthlySales],
      description: 'One row per month of the window, oldest first; months without sales appear with zeros.',
      args: {
        months: t.arg.int({ defaultValue: 12, description: MONTHS_DESCRIPTION, validate: intBetween(MONTHS_RANGE) }),
      },
      resolve: (root, args, context) => monthlySales(context.prisma, { months: args.months ?? 12, now: root.now }),
    }),
    salesRanking: t.field({
      type: [MonthlyProductRank],
      description:
        "Per month of the window, the products in the month's top topN by revenue or by quantity; by month (oldest first), then revenueRank.",
      args: {
        months: t.arg.int({ defaultValue: 12, description: MONTHS_DESCRIPTION, validate: intBetween(MONTHS_RANGE) }),
        topN: t.arg.int({ defaultValue: 10, description: 'Rank cut-off (1..500).', validate: intBetween(LIMIT_RANGE) }),
      },
      resolve: (root, args, context) =>
        salesRanking(context.prisma, {
          months: args.months ?? 12,
          topN: args.topN ?? 10,
          now: root.now,
        }),
    }),
    usersWithRecentOrders: t.prismaField({
      type: ['User'],
      description: 'Users (not soft-deleted) with a sales order in the last `days` × 24 hours (EXISTS), by id.',
      args: { days: t.arg.int({ defaultValue: 30, description: '1..3650.', validate: intBetween(DAYS_RANGE) }) },
      resolve: async (query, root, args, context) => {
        const ids = (await usersWithRecentOrders(context.prisma, { days: args.days ?? 30, now: root.now })).map(
          (row) => row.userId,
        );
        return Promise.all(ids.map((id) => context.loaders.userById.load(id, query)));
      },
    }),
    usersWithoutOrders: t.prismaField({
      type: ['User'],
      description:
        'Users (not soft-deleted) without any sales order (NOT EXISTS; PENDING or CANCELLED ones do not count), by id.',
      resolve: async (query, _root, _args, context) => {
        const ids = (await usersWithoutOrders(context.prisma)).map((row) => row.userId);
        return Promise.all(ids.map((id) => context.loaders.userById.load(id, query)));
      },
    }),
    usersAboveAverageSpending: t.field({
      type: [CustomerSpending],
      description:
        "Customers whose totalSpent is above the mean of all customers' totalSpent (scalar subquery; customers = users not soft-deleted with at least one sales order, so users without sales do not lower the mean). Highest first, ties by user id.",
      resolve: (_root, _args, context) => usersAboveAverageSpending(context.prisma),
    }),
    productsNeverOrdered: t.prismaField({
      type: ['Product'],
      description: 'Products (active or not) on no line of a sales order (NOT EXISTS), by id.',
      resolve: async (query, _root, _args, context) => {
        const ids = (await productsNeverOrdered(context.prisma)).map((row) => row.productId);
        return Promise.all(ids.map((id) => context.loaders.productById.load(id, query)));
      },
    }),
    customerSegments: t.field({
      type: CustomerSegments,
      args: {
        highValueThreshold: t.arg({
          type: 'Decimal',
          defaultValue: new Prisma.Decimal('1000.00'),
          description: 'totalSpent must be more than this (not negative).',
          validate: { refine: nonNegativeMoney },
        }),
        activeDays: t.arg.int({
          defaultValue: 30,
          description: 'The activity window, in days of 24 hours back from now (1..3650).',
          validate: intBetween(DAYS_RANGE),
        }),
        minActivity: t.arg.int({
          defaultValue: 10,
          description: 'Active means more than this many activities (0..1000000).',
          validate: intBetween(ACTIVITY_RANGE),
        }),
      },
      resolve: (root, args, context) =>
        customerSegments(context.prisma, {
          highValueThreshold: args.highValueThreshold ?? new Prisma.Decimal('1000.00'),
          activeDays: args.activeDays ?? 30,
          minActivity: args.minActivity ?? 10,
          now: root.now,
        }),
    }),
    userActivityTrend: t.field({
      type: [MonthlyActivity],
      description:
        "A user's activities per month of the window, oldest first, months without any as 0 (soft-deleted users included). NOT_FOUND for an unknown user.",
      args: {
        userId: t.arg.id({ required: true }),
        months: t.arg.int({ defaultValue: 12, description: MONTHS_DESCRIPTION, validate: intBetween(MONTHS_RANGE) }),
      },
      resolve: async (root, args, context) => {
        const userId = rowIdOf(args.userId, 'User', 'userId');
        const rows = await userActivityTrend(context.prisma, { userId, months: args.months ?? 12, now: root.now });
        if (!rows) throw new NotFoundError('User', args.userId);
        return rows;
      },
    }),
    dataConsistency: t.field({
      type: ConsistencyReportRef,
      description:
        'Orphans, order/item totals that do not add up, negative stock and duplicate emails, in one statement.',
      resolve: (root, _args, context) => dataConsistency(context.prisma, root.now),
    }),
    indexUsage: t.field({
      type: [IndexUsage],
      description: 'Every index of the application tables, by table and index name.',
      resolve: (_root, _args, context) => indexUsage(context.prisma),
    }),
    unusedIndexes: t.field({
      type: [IndexUsage],
      description:
        'Indexes never scanned since the statistics reset, biggest first; primary keys and unique indexes left out.',
      resolve: (_root, _args, context) => unusedIndexes(context.prisma),
    }),
  }),
});

builder.queryField('reports', (t) =>
  t.field({
    type: Reports,
    description: 'Admins only (anonymous: UNAUTHENTICATED; others: FORBIDDEN).',
    authScopes: { admin: true },
    resolve: () => ({ now: new Date() }),
  }),
);
