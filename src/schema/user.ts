import { DecryptionError, decryptSecret } from '../lib/crypto.js';
import { customerOrderList } from '../queries/orders.js';
import { Address, addressFromJson } from './address.js';
import { builder } from './builder.js';
import { defineConnection } from './connection-types.js';
import { OrderStatusEnum, RoleEnum } from './enums.js';
import { hydrateOrders } from './order-queries.js';
import { OrderConnection, OrderNode, OrderOrderBy } from './order.js';
import { resolveChildConnection } from './pagination.js';

const OrderStatusCount = builder.simpleObject('OrderStatusCount', {
  fields: (t) => ({
    status: t.field({ type: OrderStatusEnum }),
    count: t.int(),
  }),
});

export const UserNode = builder.prismaNode('User', {
  nullable: true,
  // Select mode: a query reads only the columns its fields need.
  select: { id: true },
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    username: t.exposeString('username'),
    email: t.expose('email', { type: 'EmailAddress' }),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.string({
      select: { firstName: true, lastName: true },
      resolve: (user) => `${user.firstName} ${user.lastName}`.trim(),
    }),
    birthDate: t.expose('birthDate', { type: 'Date', nullable: true }),
    phone: t.expose('phone', { type: 'PhoneNumber', nullable: true }),
    role: t.expose('role', { type: RoleEnum }),
    isActive: t.exposeBoolean('isActive'),
    lastLoginAt: t.expose('lastLoginAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime', nullable: true }),
    profile: t.relation('profile', { nullable: true }),
    orders: t.connection(
      {
        type: OrderNode,
        description: 'This user’s orders; default order createdAt DESC, then id.',
        args: {
          status: t.arg({ type: [OrderStatusEnum] }),
          orderBy: t.arg({ type: [OrderOrderBy] }),
        },
        resolve: (user, args, context, info) =>
          resolveChildConnection({
            context,
            info,
            args,
            typeName: 'Order',
            parentId: user.id,
            list: customerOrderList(args.status, args.orderBy),
            hydrate: hydrateOrders(context),
          }),
      },
      OrderConnection,
    ),
    orderCount: t.int({
      description: 'Number of orders in any status.',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).orderCount,
    }),
    totalSpent: t.field({
      type: 'Decimal',
      description: 'Sum of totalAmount over sales orders (CONFIRMED, SHIPPED, DELIVERED).',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).totalSpent,
    }),
    averageOrderValue: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Average totalAmount over sales orders, rounded to cents; null when there are none.',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).averageOrderValue,
    }),
    firstOrderAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the first order (any status) was placed.',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).firstOrderAt,
    }),
    lastOrderAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the latest order (any status) was placed.',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).lastOrderAt,
    }),
    ordersByStatus: t.field({
      type: [OrderStatusCount],
      description: 'Order count per status, every status present (zero when none).',
      resolve: async (user, _args, context) => (await context.loaders.userOrderStats.load(user.id)).ordersByStatus,
    }),
  }),
});

export const UserConnection = defineConnection(UserNode, 'User');

export const UserProfileObject = builder.prismaObject('UserProfile', {
  select: { id: true },
  fields: (t) => ({
    bio: t.exposeString('bio', { nullable: true }),
    website: t.exposeString('website', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    address: t.field({
      type: Address,
      nullable: true,
      select: { address: true },
      resolve: (profile) => addressFromJson(profile.address),
    }),
    tags: t.exposeStringList('tags', { description: 'Normalised: trimmed, lower-cased, de-duplicated, order kept.' }),
    preferences: t.field({
      type: 'JSONObject',
      nullable: true,
      select: { preferences: true },
      resolve: (profile) => {
        const value = profile.preferences;
        return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
      },
    }),
    taxId: t.string({
      nullable: true,
      description: 'Stored encrypted at rest; readable only by the owner and admins (null for others).',
      select: { taxIdEncrypted: true, userId: true },
      authScopes: (profile) => ({ selfOrAdmin: profile.userId }),
      unauthorizedResolver: () => null,
      resolve: (profile, _args, context) => {
        if (!profile.taxIdEncrypted) return null;
        try {
          return decryptSecret(profile.taxIdEncrypted, context.config.ENCRYPTION_KEY);
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
          context.log.warn({ userId: profile.userId, requestId: context.requestId }, 'taxId cannot be decrypted');
          return null;
        }
      },
    }),
  }),
});
