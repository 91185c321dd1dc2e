import { builder } from './builder.js';
import { rowIdOf } from '../lib/global-id.js';
import { productIdBySku } from '../queries/products.js';

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
    nullable: true,
    description: 'Any product by ID, inactive ones included (orders link to them).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.product.findUnique({ ...query, where: { id: rowIdOf(args.id, 'Product', 'id') } }),
  }),
  productBySku: t.prismaField({
    type: 'Product',
    nullable: true,
    description: 'Any product by its SKU, ignoring case (SKUs are unique ignoring case), inactive ones included.',
    args: { sku: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const id = await productIdBySku(context.prisma, args.sku.trim());
      return id === null ? null : context.prisma.product.findUnique({ ...query, where: { id } });
    },
  }),
}));
