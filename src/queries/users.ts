/**
 * Read-side SQL for user lists: filters, search and sorts (including the
 * computed ORDER_COUNT / TOTAL_SPENT) compiled to one keyset list.
 */
import type { Viewer } from '../auth/viewer.js';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import type { Role } from '../generated/prisma/enums.js';
import {
  combine,
  dateTimeFilterSql,
  equalsSql,
  escapeLike,
  sqlAnd,
  stringFilterSql,
  TRUE,
  type DateTimeFilterInput,
  type StringFilterInput,
} from '../db/sql.js';
import type { KeysetList, SortDirection, SortKey } from './keyset.js';
import { isSaleSql } from '../db/sql.js';
import { isAdmin } from '../auth/policy.js';

export interface UserFilterInput {
  username?: StringFilterInput | null;
  email?: StringFilterInput | null;
  firstName?: StringFilterInput | null;
  lastName?: StringFilterInput | null;
  isActive?: boolean | null;
  role?: Role | null;
  /** Honoured at the top level, for admins only. */
  includeDeleted?: boolean | null;
  createdAt?: DateTimeFilterInput | null;
  minAge?: number | null;
  maxAge?: number | null;
  minOrders?: number | null;
  maxOrders?: number | null;
  hasOrders?: boolean | null;
  and?: UserFilterInput[] | null;
  or?: UserFilterInput[] | null;
  not?: UserFilterInput | null;
}

export type UserSortField =
  | 'CREATED_AT'
  | 'USERNAME'
  | 'EMAIL'
  | 'LAST_NAME'
  | 'LAST_LOGIN_AT'
  | 'TOTAL_SPENT'
  | 'ORDER_COUNT';

export interface UserOrderByInput {
  field: UserSortField;
  direction: SortDirection;
}

const ORDER_COUNT = Prisma.sql`COALESCE(os.order_count, 0)`;
const TOTAL_SPENT = Prisma.sql`COALESCE(os.total_spent, 0)`;

/** Per-user order aggregates, joined only when a filter or sort needs them. */
const ORDER_STATS_JOIN = Prisma.sql`
  LEFT JOIN (
    SELECT customer_id, count(*)::int AS order_count,
           COALESCE(sum(total_amount) FILTER (WHERE ${isSaleSql(Prisma.sql`status`)}), 0) AS total_spent
    FROM orders GROUP BY customer_id
  ) os ON os.customer_id = u.id`;

const SORT_KEYS: Record<UserSortField, Omit<SortKey, 'direction'> & { stats?: true }> = {
  CREATED_AT: { expr: Prisma.sql`u.created_at`, type: 'timestamptz' },
  USERNAME: { expr: Prisma.sql`lower(u.username)`, type: 'text' },
  EMAIL: { expr: Prisma.sql`u.email`, type: 'text' },
  LAST_NAME: { expr: Prisma.sql`lower(u.last_name)`, type: 'text' },
  LAST_LOGIN_AT: { expr: Prisma.sql`u.last_login_at`, type: 'timestamptz', nullable: true },
  TOTAL_SPENT: { expr: TOTAL_SPENT, type: 'numeric', stats: true },
  ORDER_COUNT: { expr: ORDER_COUNT, type: 'int', stats: true },
};

/** Whole years of age from birthDate, today in the database's time zone (UTC). */
function ageSql(filter: UserFilterInput): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.minAge != null) {
    parts.push(Prisma.sql`u.birth_date <= (current_date - make_interval(years => ${filter.minAge}::int))::date`);
  }
  if (filter.maxAge != null) {
    parts.push(Prisma.sql`u.birth_date > (current_date - make_interval(years => ${filter.maxAge + 1}::int))::date`);
  }
  return sqlAnd(parts);
}

function usesOrderStats(filter: UserFilterInput | null | undefined): boolean {
  if (!filter) return false;
  return (
    filter.minOrders != null ||
    filter.maxOrders != null ||
    filter.hasOrders != null ||
    (filter.and ?? []).some(usesOrderStats) ||
    (filter.or ?? []).some(usesOrderStats) ||
    usesOrderStats(filter.not)
  );
}

function leaf(filter: UserFilterInput): Prisma.Sql {
  return sqlAnd([
    stringFilterSql(Prisma.sql`u.username`, filter.username),
    stringFilterSql(Prisma.sql`u.email`, filter.email),
    stringFilterSql(Prisma.sql`u.first_name`, filter.firstName),
    stringFilterSql(Prisma.sql`u.last_name`, filter.lastName),
    equalsSql(Prisma.sql`u.is_active`, filter.isActive),
    filter.role == null ? TRUE : Prisma.sql`u.role = ${filter.role}::"Role"`,
    dateTimeFilterSql(Prisma.sql`u.created_at`, filter.createdAt),
    ageSql(filter),
    filter.minOrders == null ? TRUE : Prisma.sql`${ORDER_COUNT} >= ${filter.minOrders}::int`,
    filter.maxOrders == null ? TRUE : Prisma.sql`${ORDER_COUNT} <= ${filter.maxOrders}::int`,
    filter.hasOrders == null
      ? TRUE
      : filter.hasOrders
        ? Prisma.sql`${ORDER_COUNT} > 0`
        : Prisma.sql`${ORDER_COUNT} = 0`,
  ]);
}

/** Case-insensitive match on username, email, first, last and full name. */
function searchSql(search: string | null | undefined): Prisma.Sql {
  const term = search?.trim();
  if (!term) return TRUE;
  const pattern = `%${escapeLike(term)}%`;
  return Prisma.sql`(u.username ILIKE ${pattern} OR u.email ILIKE ${pattern} OR u.first_name ILIKE ${pattern}
    OR u.last_name ILIKE ${pattern} OR (u.first_name || ' ' || u.last_name) ILIKE ${pattern})`;
}

export interface UserListOptions {
  viewer: Viewer;
  filter?: UserFilterInput | null;
  search?: string | null;
  orderBy?: readonly UserOrderByInput[] | null;
}

/**
 * Customers only ever see themselves; soft-deleted users are hidden unless an
 * admin sets includeDeleted. Default order: CREATED_AT ASC; ties by id.
 */
export function userList({ viewer, filter, search, orderBy }: UserListOptions): KeysetList {
  const sorts = orderBy && orderBy.length > 0 ? orderBy : [{ field: 'CREATED_AT' as const, direction: 'ASC' as const }];
  const keys = sorts.map(({ field, direction }) => ({ ...SORT_KEYS[field], direction }));
  const needsStats = usesOrderStats(filter) || keys.some((key) => key.stats);
  const includeDeleted = isAdmin(viewer) && filter?.includeDeleted === true;
  return {
    from: needsStats ? Prisma.sql`users u ${ORDER_STATS_JOIN}` : Prisma.sql`users u`,
    where: sqlAnd([
      isAdmin(viewer) ? TRUE : Prisma.sql`u.id = ${viewer.userId}::int`,
      includeDeleted ? TRUE : Prisma.sql`u.deleted_at IS NULL`,
      combine(filter, leaf),
      searchSql(search),
    ]),
    id: Prisma.sql`u.id`,
    row: { table: 'users', alias: 'u' },
    keys: keys.map(({ expr, type, nullable, direction }) => ({ expr, type, nullable, direction })),
    sortName: `users:${sorts.map((sort) => `${sort.field}:${sort.direction}`).join(',')}`,
  };
}

/** The id of the user with this username, ignoring case (the lower(username) unique index). */
export async function userIdByUsername(prisma: PrismaClient, username: string): Promise<number | null> {
  const rows = await prisma.$queryRaw<
    Array<{ id: number }>
  >`SELECT id FROM users WHERE lower(username) = lower(${username})`;
  return rows[0]?.id ?? null;
}
