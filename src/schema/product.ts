import { builder } from './builder.js';

export const ProductNode = builder.prismaNode('Product', {
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
  }),
});
