import type { Viewer } from '../auth/viewer.js';
import { Prisma, type PrismaClient } from '../db/prisma.js';
import {
  combine,
  decimalFilterSql,
  escapeLike,
  intFilterSql,
  sqlAnd,
  stringFilterSql,
  TRUE,
  type DecimalFilterInput,
  type IntFilterInput,
  type StringFilterInput,
} from '../db/sql.js';
import type { ChildKeysetList, KeysetList, SortDirection, SortKey } from './keyset.js';
import { isSaleSql } from '../db/sql.js';
import { seesInactiveProducts } from '../auth/policy.js';
import { normalizeTags } from '../lib/normalize.js';

/**
 * The ProductFilter input, defined once: `Id` is the global ID string as
 * GraphQL hands it over, and the row id (the default) once decoded.
 */
export interface ProductFilterInput<Id = number> {
  sku?: StringFilterInput | null;
  name?: StringFilterInput | null;
  price?: DecimalFilterInput | null;
  stockQuantity?: IntFilterInput | null;
  isActive?: boolean | null;
  categoryId?: Id | null;
  tags?: readonly string[] | null;
  inStock?: boolean | null;
  and?: readonly ProductFilterInput<Id>[] | null;
  or?: readonly ProductFilterInput<Id>[] | null;
  not?: ProductFilterInput<Id> | null;
}

export type ProductSortField = 'NAME' | 'PRICE' | 'CREATED_AT' | 'STOCK_QUANTITY' | 'UNITS_SOLD';

export interface ProductOrderBy {
  field: ProductSortField;
  direction: SortDirection;
}

export interface ProductListOptions {
  viewer: Viewer | null;
  filter?: ProductFilterInput | null;
  search?: string | null;
  orderBy?: readonly ProductOrderBy[] | null;
}

function productFilterLeaf(filter: ProductFilterInput): Prisma.Sql {
  const tags = filter.tags ? normalizeTags(filter.tags) : [];
  return sqlAnd([
    stringFilterSql(Prisma.sql`p.sku`, filter.sku),
    stringFilterSql(Prisma.sql`p.name`, filter.name),
    decimalFilterSql(Prisma.sql`p.price`, filter.price),
    intFilterSql(Prisma.sql`p.stock_quantity`, filter.stockQuantity),
    filter.isActive == null ? TRUE : Prisma.sql`p.is_active = ${filter.isActive}`,
    filter.categoryId == null ? TRUE : Prisma.sql`p.category_id = ${filter.categoryId}::int`,
    // Products carrying ALL of the tags.
    tags.length === 0 ? TRUE : Prisma.sql`p.tags @> ${tags}::text[]`,
    filter.inStock == null
      ? TRUE
      : filter.inStock
        ? Prisma.sql`p.stock_quantity > 0`
        : Prisma.sql`p.stock_quantity <= 0`,
  ]);
}

function searchSql(search: string | null | undefined): Prisma.Sql {
  const term = search?.trim();
  if (!term) return TRUE;
  const pattern = `%${escapeLike(term)}%`;
  return Prisma.sql`(p.name ILIKE ${pattern} OR p.sku ILIKE ${pattern} OR p.description ILIKE ${pattern})`;
}

function productWhere(options: ProductListOptions): Prisma.Sql {
  return sqlAnd([
    seesInactiveProducts(options.viewer) ? TRUE : Prisma.sql`p.is_active`,
    combine(options.filter, productFilterLeaf),
    searchSql(options.search),
  ]);
}

/** Products matching a filter, active or not (admins' bulk actions); alias `p`. */
export function productMatchSql(filter: ProductFilterInput | null): Prisma.Sql {
  return combine(filter, productFilterLeaf);
}

/** Units sold per product in sales orders, joined only when a sort needs it. */
const UNITS_SOLD_JOIN = Prisma.sql`
  LEFT JOIN (
    SELECT oi.product_id, SUM(oi.quantity) AS units_sold
    FROM order_items oi
    JOIN orders o ON o.id = oi.order_id
    WHERE ${isSaleSql(Prisma.sql`o.status`)}
    GROUP BY oi.product_id
  ) sold ON sold.product_id = p.id`;

const SORT_KEYS: Record<ProductSortField, Omit<SortKey, 'direction'>> = {
  NAME: { expr: Prisma.sql`p.name`, type: 'text' },
  PRICE: { expr: Prisma.sql`p.price`, type: 'numeric' },
  CREATED_AT: { expr: Prisma.sql`p.created_at`, type: 'timestamptz' },
  STOCK_QUANTITY: { expr: Prisma.sql`p.stock_quantity`, type: 'int' },
  UNITS_SOLD: { expr: Prisma.sql`COALESCE(sold.units_sold, 0)`, type: 'int' },
};

/** The sort keys (ties broken by id, added by the pagination); without orderBy, by id ascending. */
function productSort(orderBy: readonly ProductOrderBy[] | null | undefined) {
  const order = orderBy ?? [];
  return {
    keys: order.map(({ field, direction }) => ({ ...SORT_KEYS[field], direction })),
    sortName: `products:${order.map(({ field, direction }) => `${field}:${direction}`).join(',')}`,
    joinUnitsSold: order.some(({ field }) => field === 'UNITS_SOLD'),
  };
}

/** `products(...)`: every visible product matching the filter and search. */
export function productList(options: ProductListOptions): KeysetList {
  const sort = productSort(options.orderBy);
  return {
    from: Prisma.sql`products p ${sort.joinUnitsSold ? UNITS_SOLD_JOIN : Prisma.empty}`,
    where: productWhere(options),
    id: Prisma.sql`p.id`,
    row: { table: 'products', alias: 'p' },
    keys: sort.keys,
    sortName: sort.sortName,
  };
}

/** Every category paired with itself and each of its descendants. */
const CATEGORY_CLOSURE = Prisma.sql`(
  WITH RECURSIVE closure AS (
    SELECT c.id AS ancestor_id, c.id AS descendant_id FROM categories c
    UNION ALL
    SELECT closure.ancestor_id, c.id
    FROM closure JOIN categories c ON c.parent_id = closure.descendant_id
  )
  SELECT ancestor_id, descendant_id FROM closure
) cat`;

/** `Category.products(...)`: the category's products, or those of its whole subtree with includeDescendants. */
export function categoryProductList(options: ProductListOptions & { includeDescendants: boolean }): ChildKeysetList {
  const sort = productSort(options.orderBy);
  const unitsSold = sort.joinUnitsSold ? UNITS_SOLD_JOIN : Prisma.empty;
  return {
    from: options.includeDescendants
      ? Prisma.sql`${CATEGORY_CLOSURE} JOIN products p ON p.category_id = cat.descendant_id ${unitsSold}`
      : Prisma.sql`products p ${unitsSold}`,
    parent: options.includeDescendants ? Prisma.sql`cat.ancestor_id` : Prisma.sql`p.category_id`,
    where: productWhere(options),
    id: Prisma.sql`p.id`,
    row: { table: 'products', alias: 'p' },
    keys: sort.keys,
    sortName: sort.sortName,
  };
}

/** The id of the product with this SKU, ignoring case (the lower(sku) unique index). */
export async function productIdBySku(prisma: PrismaClient, sku: string): Promise<number | null> {
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`SELECT id FROM products WHERE lower(sku) = lower(${sku})`;
  return rows[0]?.id ?? null;
}
