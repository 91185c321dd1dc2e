import {
  createUser,
  deleteUser,
  restoreUser,
  setUsersActive,
  softDeleteUser,
  softDeleteUsers,
  updateUser,
} from '../services/users.js';
import { builder } from './builder.js';
import { RoleEnum } from './enums.js';
import { globalIdOf, rowIdOf } from '../lib/global-id.js';
import { BulkPayload } from './inputs.js';
import { UserNode } from './user.js';

/** The row id in a User global ID, or -1 (which no scope matches) so that authorization runs before input errors. */
export function userRowIdOrNone(globalId: string | number | null | undefined): number {
  if (globalId === null || globalId === undefined) return -1;
  try {
    return rowIdOf(globalId, 'User', 'id');
  } catch {
    return -1;
  }
}

export const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    email: t.field({ type: 'EmailAddress', required: true }),
    password: t.string({ required: true }),
    firstName: t.string({ required: true }),
    lastName: t.string({ required: true }),
    birthDate: t.field({ type: 'Date' }),
    phone: t.field({ type: 'PhoneNumber' }),
    role: t.field({ type: RoleEnum, defaultValue: 'CUSTOMER' }),
    isActive: t.boolean({ defaultValue: true }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  fields: (t) => ({
    username: t.string(),
    email: t.field({ type: 'EmailAddress' }),
    firstName: t.string(),
    lastName: t.string(),
    birthDate: t.field({ type: 'Date' }),
    phone: t.field({ type: 'PhoneNumber' }),
    role: t.field({ type: RoleEnum, description: 'Admins only.' }),
    isActive: t.boolean({ description: 'Admins only.' }),
  }),
});

const DeleteUserPayload = builder.simpleObject('DeleteUserPayload', {
  fields: (t) => ({
    deletedUserId: t.id(),
    deletedOrders: t.int(),
    deletedOrderItems: t.int(),
    deletedProfile: t.boolean(),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserNode,
    description: 'Admins only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, context) => createUser(context, input),
  }),
  updateUser: t.field({
    type: UserNode,
    description:
      'Only the fields given (and different) change. A customer may update only themself, and not role or isActive.',
    authScopes: (_root, args) => ({ selfOrAdmin: userRowIdOrNone(args.id) }),
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateUserInput, required: true }),
    },
    resolve: (_root, { id, input }, context) => updateUser(context, rowIdOf(id, 'User', 'id'), input),
  }),
  setUsersActive: t.field({
    type: BulkPayload,
    description: 'Admins only. All or nothing; count = users whose state changed.',
    authScopes: { admin: true },
    args: {
      ids: t.arg.idList({ required: true }),
      isActive: t.arg.boolean({ required: true }),
    },
    resolve: async (_root, { ids, isActive }, context) => ({
      count: await setUsersActive(
        context,
        ids.map((id) => rowIdOf(id, 'User', 'ids')),
        isActive,
      ),
    }),
  }),
  softDeleteUsers: t.field({
    type: BulkPayload,
    description:
      'Admins: all or nothing, in one transaction, audited. count = users deleted now (already deleted ones are left as they are).',
    authScopes: { admin: true },
    args: { ids: t.arg.idList({ required: true }) },
    resolve: async (_root, { ids }, context) => ({
      count: await softDeleteUsers(
        context,
        ids.map((id, index) => rowIdOf(id, 'User', `ids.${index}`)),
      ),
    }),
  }),
  softDeleteUser: t.field({
    type: UserNode,
    description: 'Sets deletedAt and isActive=false; the user is hidden from lists and cannot log in.',
    authScopes: (_root, args) => ({ selfOrAdmin: userRowIdOrNone(args.id) }),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => softDeleteUser(context, rowIdOf(id, 'User', 'id')),
  }),
  restoreUser: t.field({
    type: UserNode,
    description: 'Admins only: undoes a soft delete and reactivates the user.',
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => restoreUser(context, rowIdOf(id, 'User', 'id')),
  }),
  deleteUser: t.field({
    type: DeleteUserPayload,
    description:
      'Without cascade, CONFLICT when the user has orders; with cascade, removes orders, items and profile too.',
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true }),
      cascade: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, { id, cascade }, context) => {
      const deleted = await deleteUser(context, rowIdOf(id, 'User', 'id'), cascade ?? false);
      return {
        deletedUserId: globalIdOf('User', deleted.userId),
        deletedOrders: deleted.deletedOrders,
        deletedOrderItems: deleted.deletedOrderItems,
        deletedProfile: deleted.deletedProfile,
      };
    },
  }),
}));
