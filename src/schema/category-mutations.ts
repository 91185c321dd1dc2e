import type { StringValidationOptions } from '@pothos/plugin-zod';
import {
  createCategory,
  deleteCategory,
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  updateCategory,
} from '../services/categories.js';
import { builder } from './builder.js';
import { globalIdOf, optionalRowIdOf, rowIdOf } from '../lib/global-id.js';
import { optionalText, requiredText } from './inputs.js';
import { rejectNulls } from './inputs.js';

const slugRule = (): StringValidationOptions => ({
  maxLength: [SLUG_MAX_LENGTH, { message: `must be at most ${SLUG_MAX_LENGTH} characters` }],
  regex: [SLUG_PATTERN, { message: 'must be lower-case letters and digits separated by single hyphens' }],
});

const CreateCategoryInput = builder.inputType('CreateCategoryInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: requiredText(100) }),
    slug: t.string({ description: 'Generated from the name when absent.', validate: slugRule() }),
    description: t.string({ validate: optionalText(10_000) }),
    parentId: t.id(),
  }),
});

const UpdateCategoryInput = builder.inputType('UpdateCategoryInput', {
  fields: (t) => ({
    name: t.string({ validate: requiredText(100) }),
    slug: t.string({ validate: slugRule() }),
    description: t.string({ validate: optionalText(10_000) }),
    parentId: t.id({
      description: 'Moving under a descendant of itself is BAD_USER_INPUT; null moves it to the root.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createCategory: t.prismaField({
    type: 'Category',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateCategoryInput, required: true }) },
    resolve: async (query, _root, { input }, context) => {
      const created = await createCategory(context, {
        name: input.name,
        slug: input.slug,
        description: input.description,
        parentId: optionalRowIdOf(input.parentId, 'Category', 'parentId'),
      });
      return context.prisma.category.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  updateCategory: t.prismaField({
    type: 'Category',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateCategoryInput, required: true }),
    },
    resolve: async (query, _root, { id, input }, context) => {
      const rowId = rowIdOf(id, 'Category', 'id');
      rejectNulls(input, ['name', 'slug']);
      const updated = await updateCategory(context, rowId, {
        name: input.name,
        slug: input.slug,
        description: input.description,
        parentId: input.parentId === null ? null : optionalRowIdOf(input.parentId, 'Category', 'parentId'),
      });
      return context.prisma.category.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
  deleteCategory: t.id({
    description: 'CONFLICT when it has children or products. Returns the deleted global ID.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, context) => {
      const deleted = await deleteCategory(context, rowIdOf(id, 'Category', 'id'));
      return globalIdOf('Category', deleted.id);
    },
  }),
}));
