import { builder } from './builder.js';
import { rowIdOf } from '../lib/global-id.js';
import { optionalText, SEARCH_MAX_LENGTH } from './inputs.js';
import {
  categoryProductList,
  productIdBySku,
  productList,
  type ProductFilterInput,
  type ProductListOptions,
  type ProductSortField,
} from '../queries/products.js';
import type { Context } from '../context.js';
import type { Product } from '../generated/prisma/client.js';
import { defineConnection, resolveChildConnection, resolveKeysetConnection, type NodeQuery } from './connections.js';
import { SortDirectionEnum } from './enums.js';
import { DecimalFilter, IntFilter, StringFilter } from './filters.js';
import { compiledConnection, compiledLookup } from '../execution/compiled-fields.js';

export const ProductNode = builder.prismaNode('Product', {
  nullable: true,
  // Select mode: a query reads only the columns its fields need.
  select: { id: true },
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    sku: t.exposeString('sku'),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    price: t.expose('price', { type: 'Decimal' }),
    cost: t.expose('cost', {
      type: 'Decimal',
      nullable: true,
      description: 'Visible to admins only; null for others.',
      authScopes: { admin: true },
      unauthorizedResolver: () => null,
    }),
    stockQuantity: t.exposeInt('stockQuantity'),
    isActive: t.exposeBoolean('isActive'),
    tags: t.exposeStringList('tags'),
    category: t.relation('category', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    unitsSold: t.int({
      description: 'Quantity sold in sales orders (CONFIRMED, SHIPPED, DELIVERED).',
      resolve: async (product, _args, context) => (await context.loaders.productSales.load(product.id)).unitsSold,
    }),
    revenue: t.field({
      type: 'Decimal',
      description: 'Sum of OrderItem.totalPrice in sales orders (CONFIRMED, SHIPPED, DELIVERED).',
      resolve: async (product, _args, context) => (await context.loaders.productSales.load(product.id)).revenue,
    }),
  }),
});

builder.queryFields((t) => ({
  product: t.prismaField({
    type: 'Product',
    authScopes: { public: true },
    nullable: true,
    description: 'Any product by ID, inactive ones included (orders link to them).',
    args: { id: t.arg.id({ required: true }) },
    extensions: compiledLookup<{ id: string }>([], (_context, args, find) =>
      find({ id: rowIdOf(args.id, 'Product', 'id') }),
    ),
    resolve: (query, _root, args, context) =>
      context.prisma.product.findUnique({ ...query, where: { id: rowIdOf(args.id, 'Product', 'id') } }),
  }),
  productBySku: t.prismaField({
    type: 'Product',
    authScopes: { public: true },
    nullable: true,
    description: 'Any product by its SKU, ignoring case (SKUs are unique ignoring case), inactive ones included.',
    args: { sku: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = await productIdBySku(context.prisma, args.sku.trim());
      return id === null ? null : context.prisma.product.findUnique({ ...query, where: { id } });
    },
  }),
}));

/** ProductFilter as GraphQL hands it over: categoryId still a global ID. */
type ProductFilterArgs = ProductFilterInput<string>;

export const ProductFilter = builder.inputRef<ProductFilterArgs>('ProductFilter').implement({
  description: 'Every field given must match (AND); `and`/`or`/`not` nest.',
  fields: (t) => ({
    sku: t.field({ type: StringFilter }),
    name: t.field({ type: StringFilter }),
    price: t.field({ type: DecimalFilter }),
    stockQuantity: t.field({ type: IntFilter }),
    isActive: t.boolean({
      description: 'Inactive products are listed for admins only; for others this can only narrow the active ones.',
    }),
    categoryId: t.id({ description: 'Products directly in this category.' }),
    tags: t.stringList({ description: 'Products carrying all of these tags (compared trimmed and lower-cased).' }),
    inStock: t.boolean({ description: 'true: stockQuantity > 0; false: out of stock.' }),
    and: t.field({ type: [ProductFilter] }),
    or: t.field({ type: [ProductFilter], description: 'Any of these; an empty list matches nothing.' }),
    not: t.field({ type: ProductFilter }),
  }),
});

export const ProductSortFieldEnum = builder.enumType('ProductSortField', {
  values: ['NAME', 'PRICE', 'CREATED_AT', 'STOCK_QUANTITY', 'UNITS_SOLD'] as const,
  description: 'UNITS_SOLD is the quantity in sales orders, computed in SQL. Ties are broken by id.',
});

export const ProductOrderBy = builder.inputType('ProductOrderBy', {
  fields: (t) => ({
    field: t.field({ type: ProductSortFieldEnum, required: true }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'ASC' }),
  }),
});

export const ProductConnection = defineConnection(ProductNode, 'Product');

export function decodeFilter(filter: ProductFilterArgs | null | undefined, path = 'filter'): ProductFilterInput | null {
  if (!filter) return null;
  const { categoryId, and, or, not, ...leaves } = filter;
  return {
    ...leaves,
    categoryId: categoryId == null ? null : rowIdOf(categoryId, 'Category', `${path}.categoryId`),
    and: and?.map((inner, index) => decodeFilter(inner, `${path}.and.${index}`)!) ?? null,
    or: or?.map((inner, index) => decodeFilter(inner, `${path}.or.${index}`)!) ?? null,
    not: decodeFilter(not, `${path}.not`),
  };
}

interface ListArgs {
  filter?: ProductFilterArgs | null;
  orderBy?: Array<{ field: ProductSortField; direction: 'ASC' | 'DESC' }> | null;
  search?: string | null;
}

function listOptions(context: Context, args: ListArgs): ProductListOptions {
  return { viewer: context.viewer, filter: decodeFilter(args.filter), search: args.search, orderBy: args.orderBy };
}

const rootProductList = (context: Context, args: ListArgs) => productList(listOptions(context, args));

const childProductList = (context: Context, args: ListArgs & { includeDescendants?: boolean | null }) =>
  categoryProductList({ ...listOptions(context, args), includeDescendants: args.includeDescendants ?? false });

/** The page's products in one findMany; the query is Pothos' selection, so nested relations are merged in. */
const hydrateProducts = (context: Context) => (query: NodeQuery, ids: number[]) =>
  context.prisma.product.findMany({ ...query, where: { id: { in: ids } } }) as Promise<Product[]>;

builder.queryField('products', (t) =>
  t.connection(
    {
      type: ProductNode,
      authScopes: { public: true },
      description:
        'Products, keyset-paginated (page size 20 by default, at most 100). Non-admins see active products only.',
      args: {
        filter: t.arg({ type: ProductFilter }),
        search: t.arg.string({
          description: 'Case-insensitive match on name, sku and description (at most 200 characters).',
          validate: optionalText(SEARCH_MAX_LENGTH),
        }),
        orderBy: t.arg({ type: [ProductOrderBy] }),
      },
      extensions: compiledConnection(rootProductList),
      resolve: (_root, args, context, info) =>
        resolveKeysetConnection<Product>({
          context,
          info,
          args,
          typeName: 'Product',
          list: rootProductList(context, args),
          hydrate: hydrateProducts(context),
        }),
    },
    ProductConnection,
  ),
);

builder.prismaObjectField('Category', 'products', (t) =>
  t.connection(
    {
      type: ProductNode,
      description: 'Products in this category (non-admins see active ones only), keyset-paginated.',
      args: {
        filter: t.arg({ type: ProductFilter }),
        orderBy: t.arg({ type: [ProductOrderBy] }),
        includeDescendants: t.arg.boolean({
          defaultValue: false,
          description: 'Include products of all descendant categories.',
        }),
      },
      extensions: compiledConnection(childProductList),
      resolve: (category, args, context, info) =>
        resolveChildConnection<Product>({
          context,
          info,
          args,
          typeName: 'Product',
          parentId: category.id,
          list: childProductList(context, args),
          hydrate: hydrateProducts(context),
        }),
    },
    ProductConnection,
  ),
);
