import { builder } from './builder.js';

export const CategoryNode = builder.prismaNode('Category', {
  id: { field: 'id' },
  fields: (t) => ({
    rowId: t.exposeInt('id'),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description', { nullable: true }),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] } }),
  }),
});
