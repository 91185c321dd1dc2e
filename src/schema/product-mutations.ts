import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ArrayValidationOptions, StringValidationOptions } from '@pothos/plugin-zod';
import { adjustStock, bulkUpdatePrices, createProduct, deleteProduct, updateProduct } from '../services/products.js';
import { productMatchSql } from '../queries/products.js';
import { MAX_BULK_PRODUCTS, updateProducts } from '../services/product-bulk.js';
import { builder } from './builder.js';
import { decodeFilter, ProductFilter } from './product.js';
import { optionalRowIdOf, rowIdOf } from '../lib/global-id.js';
import { BulkPayload, nonNegativeMoney, optionalText, requiredText } from './inputs.js';
import { rejectNulls } from './inputs.js';

const skuRule = (): StringValidationOptions => ({
  maxLength: [64, { message: 'must be at most 64 characters' }],
  regex: [
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    { message: 'must be letters, digits, ".", "_" or "-", starting with a letter or digit' },
  ],
});
const tagsRule = (): ArrayValidationOptions<string[]> => ({
  maxLength: [50, { message: 'at most 50 tags' }],
  items: requiredText(50),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  fields: (t) => ({
    sku: t.string({ required: true, validate: skuRule() }),
    name: t.string({ required: true, validate: requiredText(200) }),
    description: t.string({ validate: optionalText(10_000) }),
    price: t.field({ type: 'Decimal', required: true, validate: nonNegativeMoney }),
    cost: t.field({ type: 'Decimal', validate: nonNegativeMoney }),
    stockQuantity: t.int({
      required: true,
      defaultValue: 0,
      validate: { min: [0, { message: 'must not be negative' }] },
    }),
    categoryId: t.id(),
    tags: t.stringList({ description: 'Trimmed, lower-cased, de-duplicated.', validate: tagsRule() }),
    isActive: t.boolean({ defaultValue: true }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  fields: (t) => ({
    sku: t.string({ validate: skuRule() }),
    name: t.string({ validate: requiredText(200) }),
    description: t.string({ validate: optionalText(10_000) }),
    price: t.field({ type: 'Decimal', validate: nonNegativeMoney }),
    cost: t.field({ type: 'Decimal', validate: nonNegativeMoney }),
    categoryId: t.id({ description: 'null removes the product from its category.' }),
    tags: t.stringList({ validate: tagsRule() }),
    isActive: t.boolean(),
  }),
});

const PriceUpdateInput = builder.inputType('PriceUpdateInput', {
  fields: (t) => ({
    productId: t.id({ required: true }),
    price: t.field({ type: 'Decimal', required: true, validate: nonNegativeMoney }),
  }),
});

builder.mutationFields((t) => ({
  createProduct: t.prismaField({
    type: 'Product',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateProductInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const created = await createProduct(context, {
        ...input,
        categoryId: optionalRowIdOf(input.categoryId, 'Category', 'categoryId'),
      });
      return context.prisma.product.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateProduct: t.prismaField({
    type: 'Product',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateProductInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const rowId = rowIdOf(id, 'Product', 'id');
      rejectNulls(input, ['sku', 'name', 'price', 'tags', 'isActive']);
      const updated = await updateProduct(context, rowId, {
        ...input,
        categoryId: input.categoryId === null ? null : optionalRowIdOf(input.categoryId, 'Category', 'categoryId'),
      });
      return context.prisma.product.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  bulkUpdatePrices: t.field({
    type: BulkPayload,
    description: 'All or nothing, in one transaction.',
    authScopes: { admin: true },
    args: {
      updates: t.arg({
        type: [PriceUpdateInput],
        required: true,
        validate: { maxLength: [1000, { message: 'at most 1000 updates at once' }] },
      }),
    },
    resolve: async (_root, { updates }, context) => {
      const count = await bulkUpdatePrices(
        context,
        updates.map((update, index) => ({
          productId: rowIdOf(update.productId, 'Product', `updates.${index}.productId`),
          price: update.price,
        })),
      );
      return { count };
    },
  }),
  adjustStock: t.prismaField({
    type: 'Product',
    description: 'Stock never goes below zero: INSUFFICIENT_STOCK instead.',
    authScopes: { admin: true },
    args: {
      productId: t.arg.id({ required: true }),
      delta: t.arg.int({
        required: true,
        validate: { refine: [(delta) => delta !== 0, { message: 'must not be 0' }] },
      }),
      reason: t.arg.string({ validate: optionalText(500) }),
    },
    resolve: async (query, _root, { productId, delta, reason }, context) => {
      const product = await adjustStock(context, rowIdOf(productId, 'Product', 'productId'), delta, reason);
      return context.prisma.product.findUniqueOrThrow({ ...query, where: { id: product.id } });
    },
  }),
  deleteProduct: t.id({
    description: 'Ordered products are deactivated instead of deleted. Returns the product ID either way.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const { product } = await deleteProduct(context, rowIdOf(id, 'Product', 'id'));
      return encodeGlobalID('Product', product.id);
    },
  }),
}));

const BulkProductChangesInput = builder.inputType('BulkProductChangesInput', {
  fields: (t) => ({
    priceChangePercent: t.field({
      type: 'Decimal',
      description:
        'A percentage (e.g. "-10.00" lowers prices by 10 %), rounded to cents; a price never goes below 0.00.',
    }),
    categoryId: t.id(),
    isActive: t.boolean(),
    addTags: t.stringList({ validate: { maxLength: [50, { message: 'at most 50 tags' }] } }),
    removeTags: t.stringList({ validate: { maxLength: [50, { message: 'at most 50 tags' }] } }),
  }),
});

const BulkPreviewPayload = builder.simpleObject('BulkPreviewPayload', {
  fields: (t) => ({
    dryRun: t.boolean(),
    count: t.int({ description: 'Rows matched (dry run) or changed.' }),
  }),
});

builder.mutationField('updateProducts', (t) =>
  t.field({
    type: BulkPreviewPayload,
    description: `Admins: products matching the filter; dryRun only counts. At most ${MAX_BULK_PRODUCTS} products per call.`,
    authScopes: { admin: true },
    args: {
      filter: t.arg({ type: ProductFilter, required: true }),
      changes: t.arg({ type: BulkProductChangesInput, required: true }),
      dryRun: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (_root, { filter, changes, dryRun }, context) => {
      const where = productMatchSql(decodeFilter(filter));
      const categoryId =
        changes.categoryId === undefined
          ? undefined
          : (optionalRowIdOf(changes.categoryId, 'Category', 'changes.categoryId') ?? null);
      const count = await updateProducts(
        context,
        where,
        {
          priceChangePercent: changes.priceChangePercent,
          ...(categoryId === undefined ? {} : { categoryId }),
          isActive: changes.isActive,
          addTags: changes.addTags,
          removeTags: changes.removeTags,
        },
        dryRun ?? true,
      );
      return { dryRun: dryRun ?? true, count };
    },
  }),
);
