/** Read-side SQL for order lists (Query.orders and User.orders). */
import type { Viewer } from '../auth/viewer.js';
import { Prisma } from '../db/prisma.js';
import type { OrderStatus } from '../generated/prisma/enums.js';
import {
  combine,
  dateTimeFilterSql,
  decimalFilterSql,
  FALSE,
  sqlAnd,
  stringFilterSql,
  TRUE,
  type DateTimeFilterInput,
  type DecimalFilterInput,
  type StringFilterInput,
} from '../db/sql.js';
import type { ChildKeysetList, KeysetList, SortDirection, SortKey } from './keyset.js';
import { isAdmin } from '../auth/policy.js';

/**
 * The OrderFilter input, defined once: `Id` is the global ID string as
 * GraphQL hands it over, and the row id (the default) once decoded.
 */
export interface OrderFilterInput<Id = number> {
  status?: readonly OrderStatus[] | null;
  customerId?: Id | null;
  orderNumber?: StringFilterInput | null;
  totalAmount?: DecimalFilterInput | null;
  createdAt?: DateTimeFilterInput | null;
  /** Orders containing this product. */
  productId?: Id | null;
  and?: readonly OrderFilterInput<Id>[] | null;
  or?: readonly OrderFilterInput<Id>[] | null;
  not?: OrderFilterInput<Id> | null;
}

export type OrderSortField = 'CREATED_AT' | 'TOTAL_AMOUNT' | 'ORDER_NUMBER';

export interface OrderOrderByInput {
  field: OrderSortField;
  direction: SortDirection;
}

const SORT_KEYS: Record<OrderSortField, Omit<SortKey, 'direction'>> = {
  CREATED_AT: { expr: Prisma.sql`o.created_at`, type: 'timestamptz' },
  TOTAL_AMOUNT: { expr: Prisma.sql`o.total_amount`, type: 'numeric' },
  ORDER_NUMBER: { expr: Prisma.sql`o.order_number`, type: 'text' },
};

export function statusSql(statuses: readonly OrderStatus[] | null | undefined): Prisma.Sql {
  if (!statuses) return TRUE;
  if (statuses.length === 0) return FALSE;
  return Prisma.sql`o.status IN (${Prisma.join(statuses.map((status) => Prisma.sql`${status}::"OrderStatus"`))})`;
}

function leaf(filter: OrderFilterInput): Prisma.Sql {
  return sqlAnd([
    statusSql(filter.status),
    filter.customerId == null ? TRUE : Prisma.sql`o.customer_id = ${filter.customerId}::int`,
    stringFilterSql(Prisma.sql`o.order_number`, filter.orderNumber),
    decimalFilterSql(Prisma.sql`o.total_amount`, filter.totalAmount),
    dateTimeFilterSql(Prisma.sql`o.created_at`, filter.createdAt),
    filter.productId == null
      ? TRUE
      : Prisma.sql`EXISTS (SELECT 1 FROM order_items oi WHERE oi.order_id = o.id AND oi.product_id = ${filter.productId}::int)`,
  ]);
}

function sortOf(orderBy: readonly OrderOrderByInput[] | null | undefined) {
  const sorts =
    orderBy && orderBy.length > 0 ? orderBy : [{ field: 'CREATED_AT' as const, direction: 'DESC' as const }];
  return {
    keys: sorts.map(({ field, direction }) => ({ ...SORT_KEYS[field], direction })),
    sortName: `orders:${sorts.map((sort) => `${sort.field}:${sort.direction}`).join(',')}`,
  };
}

/** Customers only see their own orders. Default order: CREATED_AT DESC; ties by id. */
export function orderList(
  viewer: Viewer,
  filter: OrderFilterInput | null | undefined,
  orderBy?: readonly OrderOrderByInput[] | null,
): KeysetList {
  return {
    from: Prisma.sql`orders o`,
    where: sqlAnd([isAdmin(viewer) ? TRUE : Prisma.sql`o.customer_id = ${viewer.userId}::int`, combine(filter, leaf)]),
    id: Prisma.sql`o.id`,
    row: { table: 'orders', alias: 'o' },
    ...sortOf(orderBy),
  };
}

/** A user's orders (the parent user is already authorised). */
export function customerOrderList(
  statuses: readonly OrderStatus[] | null | undefined,
  orderBy?: readonly OrderOrderByInput[] | null,
): ChildKeysetList {
  return {
    from: Prisma.sql`orders o`,
    where: statusSql(statuses),
    id: Prisma.sql`o.id`,
    row: { table: 'orders', alias: 'o' },
    parent: Prisma.sql`o.customer_id`,
    ...sortOf(orderBy),
  };
}
