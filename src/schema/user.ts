import { DecryptionError, decryptSecret } from '../lib/crypto.js';
import { customerOrderList } from '../queries/orders.js';
import { Address, addressFromJson } from './address.js';
import { builder } from './builder.js';
import {
  defineConnection,
  resolveChildConnection,
  resolveKeysetConnection,
  withSelected,
  type NodeQuery,
} from './connections.js';
import { hydrateOrders, OrderConnection, OrderNode, OrderOrderBy } from './order.js';
import { checkEmail } from '../services/user-rules.js';
import { optionalText, SEARCH_MAX_LENGTH } from './inputs.js';
import type { Context } from '../context.js';
import { BadUserInputError, ForbiddenError } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import { userIdByUsername, userList, type UserFilterInput } from '../queries/users.js';
import { OrderStatusEnum, RoleEnum, SortDirectionEnum } from './enums.js';
import { DateTimeFilter, StringFilter } from './filters.js';
import { rowIdOf } from '../lib/global-id.js';
import { isAdmin, requireViewer } from '../auth/policy.js';
import { canActFor } from '../auth/policy.js';
import { compiledConnection, compiledLookup, type LookupRow } from '../execution/compiled-fields.js';

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
        extensions: compiledConnection((_context, args: CustomerOrdersArgs) =>
          customerOrderList(args.status, args.orderBy),
        ),
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

export const UserFilter = builder.inputRef<UserFilterInput>('UserFilter').implement({
  description: 'Every field given must match (AND); `or`/`not` nest. String filters are case-insensitive by default.',
  fields: (t) => ({
    username: t.field({ type: StringFilter }),
    email: t.field({ type: StringFilter }),
    firstName: t.field({ type: StringFilter }),
    lastName: t.field({ type: StringFilter }),
    isActive: t.boolean(),
    role: t.field({ type: RoleEnum }),
    includeDeleted: t.boolean({
      defaultValue: false,
      description: 'Soft-deleted users are hidden unless this is true (admins only; top level only).',
    }),
    createdAt: t.field({ type: DateTimeFilter }),
    minAge: t.int({ description: 'Age in whole years, from birthDate (users without one never match).' }),
    maxAge: t.int(),
    minOrders: t.int({ description: 'Number of orders in any status.' }),
    maxOrders: t.int(),
    hasOrders: t.boolean(),
    and: t.field({ type: [UserFilter] }),
    or: t.field({ type: [UserFilter] }),
    not: t.field({ type: UserFilter }),
  }),
});

const UserSortFieldEnum = builder.enumType('UserSortField', {
  values: ['CREATED_AT', 'USERNAME', 'EMAIL', 'LAST_NAME', 'LAST_LOGIN_AT', 'TOTAL_SPENT', 'ORDER_COUNT'] as const,
});

const UserOrderBy = builder.inputType('UserOrderBy', {
  fields: (t) => ({
    field: t.field({ type: UserSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'ASC' }),
  }),
});

type UserListArgs = Omit<Parameters<typeof userList>[0], 'viewer'>;

/** What `users` pages: every user for admins, only themselves for customers. */
const rootUserList = (context: Context, args: UserListArgs) =>
  userList({ viewer: requireViewer(context.viewer), filter: args.filter, search: args.search, orderBy: args.orderBy });

const hydrateUsers = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.user.findMany({ ...(query as object), where: { id: { in: ids } } });

/**
 * Direct user lookups: anonymous → UNAUTHENTICATED; a customer gets only
 * themselves, anything else (existing or not) is FORBIDDEN; a soft-deleted
 * user reads as null except for admins.
 */
async function lookUpUser<T extends Pick<User, 'id' | 'deletedAt'>>(
  context: Context,
  find: () => Promise<T | null>,
): Promise<T | null> {
  const viewer = requireViewer(context.viewer);
  const user = await find();
  if (!canActFor(viewer, user?.id)) throw new ForbiddenError();
  if (user?.deletedAt && !isAdmin(viewer)) return null;
  return user;
}

const LOOKUP_FIELDS = { id: true, deletedAt: true } as const;

type CustomerOrdersArgs = {
  status?: Parameters<typeof customerOrderList>[0];
  orderBy?: Parameters<typeof customerOrderList>[1];
};

type UserLookupRow = LookupRow & Pick<User, 'id' | 'deletedAt'>;

builder.queryFields((t) => ({
  me: t.prismaField({
    type: UserNode,
    authScopes: { public: true },
    nullable: true,
    description: 'The signed-in user; null for anonymous callers.',
    resolve: async (query, _root, _args, context) => {
      if (!context.viewer) return null;
      const user = await context.prisma.user.findUnique({
        ...withSelected(query, LOOKUP_FIELDS),
        where: { id: context.viewer.userId },
      });
      return user?.deletedAt && !isAdmin(context.viewer) ? null : user;
    },
  }),
  user: t.prismaField({
    type: UserNode,
    authScopes: { authenticated: true },
    nullable: true,
    description: 'Admins: any user. Customers: only themselves (others FORBIDDEN).',
    args: { id: t.arg.id({ required: true }) },
    extensions: compiledLookup<{ id: string }>(Object.keys(LOOKUP_FIELDS), (context, args, find) =>
      lookUpUser(context, () => find({ id: rowIdOf(args.id, 'User', 'id') }) as Promise<UserLookupRow | null>),
    ),
    resolve: (query, _root, args, context) => {
      const id = rowIdOf(args.id, 'User', 'id');
      return lookUpUser(context, () =>
        context.prisma.user.findUnique({ ...withSelected(query, LOOKUP_FIELDS), where: { id } }),
      );
    },
  }),
  userByEmail: t.prismaField({
    type: UserNode,
    authScopes: { authenticated: true },
    nullable: true,
    description: 'Case-insensitive. Same access rules as `user`.',
    args: { email: t.arg({ type: 'EmailAddress', required: true }) },
    resolve: (query, _root, args, context) =>
      lookUpUser(context, () => {
        const email = checkEmail(args.email);
        if (!email.ok) throw new BadUserInputError(email.issue.message, 'email');
        // Emails are stored lower-cased: an exact match on the unique index.
        return context.prisma.user.findUnique({ ...withSelected(query, LOOKUP_FIELDS), where: { email: email.value } });
      }),
  }),
  userByUsername: t.prismaField({
    type: UserNode,
    authScopes: { authenticated: true },
    nullable: true,
    description: 'Case-insensitive. Same access rules as `user`.',
    args: { username: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      lookUpUser(context, async () => {
        // lower(username) = lower($1) on the lower(username) unique index; Prisma's insensitive `equals`
        // is an ILIKE, where "%" and "_" would match other users and a trailing "\\" is an SQL error.
        const id = await userIdByUsername(context.prisma, args.username.trim());
        return id === null
          ? null
          : context.prisma.user.findUnique({ ...withSelected(query, LOOKUP_FIELDS), where: { id } });
      }),
  }),
  users: t.connection(
    {
      type: UserNode,
      authScopes: { authenticated: true },
      description: 'Admins: all users. Customers: only themselves. Default order: createdAt ASC, then id.',
      args: {
        filter: t.arg({ type: UserFilter }),
        search: t.arg.string({
          description: 'Case-insensitive match on username, email, first and last name (at most 200 characters).',
          validate: optionalText(SEARCH_MAX_LENGTH),
        }),
        orderBy: t.arg({ type: [UserOrderBy] }),
      },
      extensions: compiledConnection(rootUserList),
      resolve: (_root, args, context, info) =>
        resolveKeysetConnection({
          context,
          info,
          args,
          typeName: 'User',
          list: rootUserList(context, args),
          hydrate: hydrateUsers(context),
        }),
    },
    UserConnection,
  ),
}));
