import { globalIdOf } from '../lib/global-id.js';
import { findCategoryTree, type CategoryTreeRow } from '../queries/categories.js';
import { builder } from './builder.js';
import { CategoryNode } from './category.js';

const CategoryTreeNode = builder.objectRef<CategoryTreeRow>('CategoryTreeNode').implement({
  description: 'A category in the depth-first walk of the whole tree.',
  fields: (t) => ({
    category: t.field({ type: CategoryNode, resolve: (node) => node.category }),
    parentId: t.id({
      nullable: true,
      description: 'Global ID of the parent category; null for a root.',
      resolve: (node) => (node.category.parentId === null ? null : globalIdOf('Category', node.category.parentId)),
    }),
    level: t.int({ description: '0 for a root category.', resolve: (node) => node.level }),
    path: t.string({ description: "Names from the root down, joined with ' > '.", resolve: (node) => node.path }),
  }),
});

builder.queryField('categoryTree', (t) =>
  t.field({
    type: [CategoryTreeNode],
    authScopes: { public: true },
    description: 'Whole tree, depth-first by path (siblings by name), from one recursive CTE.',
    resolve: async (_root, _args, context) => {
      const rows = await findCategoryTree(context.prisma);
      // The CTE already computed every path and depth: Category.path/depth on the nodes cost nothing more.
      for (const row of rows)
        context.loaders.categoryLineage.prime(row.category.id, { path: row.path, depth: row.level });
      return rows;
    },
  }),
);
