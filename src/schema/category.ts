import { seesInactiveProducts } from '../auth/policy.js';
import { builder } from './builder.js';
import { optionalRowIdOf, rowIdOf } from '../lib/global-id.js';

const SIBLING_ORDER = [{ name: 'asc' as const }, { id: 'asc' as const }];

export const CategoryNode = builder.prismaNode('Category', {
  nullable: true,
  // Select mode: a query reads only the columns its fields need.
  select: { id: true },
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description', { nullable: true }),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', {
      description: 'Direct subcategories, by name.',
      query: { orderBy: SIBLING_ORDER },
    }),
    path: t.string({
      description: "Names from the root down, joined with ' > '.",
      resolve: async (category, _args, context) => (await context.loaders.categoryLineage.load(category.id)).path,
    }),
    depth: t.int({
      description: '0 for a root category.',
      resolve: async (category, _args, context) => (await context.loaders.categoryLineage.load(category.id)).depth,
    }),
    productCount: t.int({
      description:
        'Products directly in this category (not in its descendants). Inactive products count for admins only.',
      resolve: async (category, _args, context) => {
        const counts = await context.loaders.categoryProductCount.load(category.id);
        return seesInactiveProducts(context.viewer) ? counts.all : counts.active;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  category: t.prismaField({
    type: 'Category',
    authScopes: { public: true },
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.category.findUnique({ ...query, where: { id: rowIdOf(args.id, 'Category', 'id') } }),
  }),
  categoryBySlug: t.prismaField({
    type: 'Category',
    authScopes: { public: true },
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.prisma.category.findUnique({ ...query, where: { slug: args.slug } }),
  }),
  categories: t.prismaField({
    type: ['Category'],
    authScopes: { public: true },
    description: 'Root categories when parentId is null; otherwise the children of that category, by name.',
    args: { parentId: t.arg.id() },
    resolve: (query, _root, args, context) =>
      context.prisma.category.findMany({
        ...query,
        where: { parentId: optionalRowIdOf(args.parentId, 'Category', 'parentId') ?? null },
        orderBy: SIBLING_ORDER,
      }),
  }),
}));
