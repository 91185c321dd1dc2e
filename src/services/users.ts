import { changingAccounts } from '../auth/account-cache.js';
import {
  isAdmin,
  requireAdmin as requireAdminViewer,
  requireSelfOrAdmin as requireSelfOrAdminViewer,
} from '../auth/policy.js';
import { hashPassword } from '../auth/password.js';
import type { Context } from '../context.js';
import type { Prisma } from '../db/prisma.js';
import { BadUserInputError, ConflictError, ForbiddenError, InvalidStateError, NotFoundError } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import type { Role } from '../generated/prisma/enums.js';
import {
  checkBirthDate,
  checkEmail,
  checkName,
  checkNewUser,
  checkPhone,
  checkUsername,
  conflictOn,
  rethrowUserConflict,
  takenUserField,
  valueOrThrow,
  type NewUser,
  type NewUserInput,
} from './user-rules.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';
import type { EventPayloads } from '../events/catalog.js';
import { emitEvent } from '../events/outbox.js';
import { recordAudit, recordAudits, type Transaction } from './audit.js';

const requireAdmin = (context: ServiceContext) => requireAdminViewer(context.viewer);
const requireSelfOrAdmin = (context: ServiceContext, userId: number) =>
  requireSelfOrAdminViewer(context.viewer, userId);

/** The user row, locked for the rest of the transaction; NOT_FOUND when missing (or soft-deleted, unless allowed). */
async function lockedUser(tx: Transaction, userId: number, options: { includeDeleted?: boolean } = {}): Promise<User> {
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user || (user.deletedAt !== null && !options.includeDeleted)) throw new NotFoundError('User', userId);
  return user;
}

/** Admins create users of any role; the password rule and uniqueness apply as for sign-up. */
export async function createUser(context: ServiceContext, input: NewUserInput): Promise<User> {
  const admin = requireAdmin(context);
  const newUser = valueOrThrow(checkNewUser(input));
  const passwordHash = await hashPassword(newUser.password);
  return inTransaction(context.prisma, (tx) => insertUser(tx, newUser, passwordHash, admin.userId, 'createUser'));
}

export interface UpdateUserInput {
  username?: string | null;
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: Date | null;
  phone?: string | null;
  role?: Role | null;
  isActive?: boolean | null;
}

function required<T>(value: T | null, field: string): T {
  if (value === null) throw new BadUserInputError(`${field} cannot be null`, field);
  return value;
}

/** The validated columns of an update; absent fields stay as they are, null clears the optional ones. */
function updateData(input: UpdateUserInput): Prisma.UserUpdateInput {
  const data: Prisma.UserUpdateInput = {};
  if (input.username !== undefined) data.username = valueOrThrow(checkUsername(required(input.username, 'username')));
  if (input.email !== undefined) data.email = valueOrThrow(checkEmail(required(input.email, 'email')));
  if (input.firstName !== undefined)
    data.firstName = valueOrThrow(checkName(required(input.firstName, 'firstName'), 'firstName'));
  if (input.lastName !== undefined)
    data.lastName = valueOrThrow(checkName(required(input.lastName, 'lastName'), 'lastName'));
  if (input.birthDate !== undefined) data.birthDate = valueOrThrow(checkBirthDate(input.birthDate));
  if (input.phone !== undefined) data.phone = valueOrThrow(checkPhone(input.phone));
  if (input.role !== undefined) data.role = required(input.role, 'role');
  if (input.isActive !== undefined) data.isActive = required(input.isActive, 'isActive');
  return data;
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;

/**
 * Writes only the fields that change; username/email are re-checked against
 * other users; role and isActive changes are for admins. No change, no write.
 */
export async function updateUser(context: ServiceContext, userId: number, input: UpdateUserInput): Promise<User> {
  const viewer = requireSelfOrAdmin(context, userId);
  const requested = updateData(input);
  return changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      const before = await lockedUser(tx, userId);
      const data = Object.fromEntries(
        Object.entries(requested).filter(([field, value]) => !sameValue(before[field as keyof User], value)),
      ) as Prisma.UserUpdateInput;
      if (!isAdmin(viewer) && (data.role !== undefined || data.isActive !== undefined)) {
        throw new ForbiddenError(`Only admins may change ${data.role !== undefined ? 'role' : 'isActive'}`);
      }
      if (Object.keys(data).length === 0) return before;
      const taken = await takenUserField(
        tx,
        { username: data.username as string | undefined, email: data.email as string | undefined },
        userId,
      );
      if (taken) throw conflictOn(taken);
      const after = await tx.user.update({ where: { id: userId }, data }).catch(rethrowUserConflict);
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'User',
        entityId: userId,
        actorId: viewer.userId,
        before,
        after,
      });
      return after;
    }),
  );
}

export const MAX_BULK_IDS = 1000;

/**
 * Activates or deactivates users, all or nothing: every id must name an
 * existing, not deleted user. Returns how many users actually changed state.
 */
export async function setUsersActive(context: ServiceContext, userIds: number[], isActive: boolean): Promise<number> {
  const admin = requireAdmin(context);
  const ids = [...new Set(userIds)];
  if (ids.length > MAX_BULK_IDS) throw new BadUserInputError(`At most ${MAX_BULK_IDS} ids at once`, 'ids');
  if (ids.length === 0) return 0;
  return changingAccounts(
    ids,
    inTransaction(context.prisma, async (tx) => {
      const users = await tx.$queryRaw<{ id: number; is_active: boolean }[]>`
      SELECT id, is_active FROM users WHERE id = ANY(${ids}::int[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`;
      if (users.length !== ids.length) {
        const found = new Set(users.map((user) => user.id));
        throw new NotFoundError(
          'User',
          ids.find((id) => !found.has(id)),
        );
      }
      const changing = users.filter((user) => user.is_active !== isActive).map((user) => user.id);
      if (changing.length === 0) return 0;
      const { count } = await tx.user.updateMany({ where: { id: { in: changing } }, data: { isActive } });
      await recordAudits(
        tx,
        changing.map((id) => ({
          action: 'UPDATE' as const,
          entity: 'User',
          entityId: id,
          actorId: admin.userId,
          before: { isActive: !isActive },
          after: { isActive },
        })),
      );
      return count;
    }),
  );
}

/**
 * Bulk soft delete, all or nothing in one transaction: every id must name an
 * existing user (NOT_FOUND otherwise), the caller's own id is refused, and
 * users already deleted are left as they are. Each deleted user is audited.
 * Returns how many users were deleted now.
 */
export async function softDeleteUsers(context: ServiceContext, userIds: number[]): Promise<number> {
  const admin = requireAdmin(context);
  const ids = [...new Set(userIds)];
  if (ids.length > MAX_BULK_IDS) throw new BadUserInputError(`At most ${MAX_BULK_IDS} ids at once`, 'ids');
  const self = userIds.indexOf(admin.userId);
  if (self >= 0) throw new BadUserInputError('You cannot delete your own account in a bulk action', `ids.${self}`);
  if (ids.length === 0) return 0;
  return changingAccounts(
    ids,
    inTransaction(context.prisma, async (tx) => {
      const locked = await tx.$queryRaw<
        { id: number }[]
      >`SELECT id FROM users WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
      if (locked.length !== ids.length) {
        const found = new Set(locked.map((user) => user.id));
        throw new NotFoundError(
          'User',
          ids.find((id) => !found.has(id)),
        );
      }
      const befores = await tx.user.findMany({ where: { id: { in: ids }, deletedAt: null }, orderBy: { id: 'asc' } });
      if (befores.length === 0) return 0;
      const deletedAt = new Date();
      await tx.user.updateMany({
        where: { id: { in: befores.map((user) => user.id) } },
        data: { deletedAt, isActive: false },
      });
      await recordAudits(
        tx,
        befores.map((before) => ({
          action: 'UPDATE' as const,
          entity: 'User',
          entityId: before.id,
          actorId: admin.userId,
          before,
          after: { ...before, deletedAt, isActive: false },
          meta: { softDeleted: true, bulk: true },
        })),
      );
      return befores.length;
    }),
  );
}

/** Soft delete: hidden from lists, cannot log in; the row and its orders stay. */
export async function softDeleteUser(context: ServiceContext, userId: number): Promise<User> {
  const viewer = requireSelfOrAdmin(context, userId);
  return changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      const before = await lockedUser(tx, userId, { includeDeleted: true });
      if (before.deletedAt !== null) throw new InvalidStateError('User is already deleted');
      const after = await tx.user.update({ where: { id: userId }, data: { deletedAt: new Date(), isActive: false } });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'User',
        entityId: userId,
        actorId: viewer.userId,
        before,
        after,
        meta: { softDeleted: true },
      });
      return after;
    }),
  );
}

/** Undoes a soft delete and reactivates the user. */
export async function restoreUser(context: ServiceContext, userId: number): Promise<User> {
  const admin = requireAdmin(context);
  return changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      const before = await lockedUser(tx, userId, { includeDeleted: true });
      if (before.deletedAt === null) throw new InvalidStateError('User is not deleted');
      const after = await tx.user.update({ where: { id: userId }, data: { deletedAt: null, isActive: true } });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'User',
        entityId: userId,
        actorId: admin.userId,
        before,
        after,
        meta: { restored: true },
      });
      return after;
    }),
  );
}

export interface DeletedUser {
  userId: number;
  deletedOrders: number;
  deletedOrderItems: number;
  deletedProfile: boolean;
}

/**
 * Hard delete. Refused with CONFLICT (and the count) while the user has
 * orders, unless cascade: then orders, their items, the profile and the
 * activities go too, in the same transaction, each delete audited.
 */
export async function deleteUser(context: ServiceContext, userId: number, cascade: boolean): Promise<DeletedUser> {
  const admin = requireAdmin(context);
  if (admin.userId === userId) throw new BadUserInputError('Admins cannot hard-delete their own account', 'id');
  return changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      const user = await lockedUser(tx, userId, { includeDeleted: true });
      const orders = await tx.order.findMany({ where: { customerId: userId }, orderBy: { id: 'asc' } });
      if (orders.length > 0 && !cascade) {
        throw new ConflictError(`User has ${orders.length} order(s); delete with cascade to remove them`, {
          orderCount: orders.length,
        });
      }
      const orderIds = orders.map((order) => order.id);
      const { count: deletedOrderItems } = await tx.orderItem.deleteMany({ where: { orderId: { in: orderIds } } });
      const { count: deletedOrders } = await tx.order.deleteMany({ where: { id: { in: orderIds } } });
      const profile = await tx.userProfile.findUnique({ where: { userId } });
      if (profile) await tx.userProfile.delete({ where: { userId } });
      const { count: deletedActivities } = await tx.userActivity.deleteMany({ where: { userId } });
      await tx.user.delete({ where: { id: userId } });

      await recordAudits(tx, [
        ...orders.map((order) => ({
          action: 'DELETE' as const,
          entity: 'Order',
          entityId: order.id,
          actorId: admin.userId,
          before: order,
        })),
        ...(profile
          ? [
              {
                action: 'DELETE' as const,
                entity: 'UserProfile',
                entityId: profile.id,
                actorId: admin.userId,
                before: profile,
              },
            ]
          : []),
      ]);
      await recordAudit(tx, {
        action: 'DELETE',
        entity: 'User',
        entityId: userId,
        actorId: admin.userId,
        before: user,
        meta: { cascade, deletedOrders, deletedOrderItems, deletedProfile: profile !== null, deletedActivities },
      });
      return { userId, deletedOrders, deletedOrderItems, deletedProfile: profile !== null };
    }),
  );
}

/**
 * The first admin, from the command line: the same rules as createUser, no
 * signed-in caller (the audit entry names the new admin as its own actor).
 */
export async function createAdminAccount(
  prisma: Context['prisma'],
  input: Omit<NewUserInput, 'role' | 'isActive'>,
): Promise<User> {
  const newUser = valueOrThrow(checkNewUser({ ...input, role: 'ADMIN', isActive: true }));
  const passwordHash = await hashPassword(newUser.password);
  return prisma.$transaction((tx) =>
    insertUser(tx, newUser, passwordHash, null, 'cli', { createdBy: 'create-admin CLI' }),
  );
}

/** The users row for a validated user. */
export function userRowData(user: NewUser, passwordHash: string) {
  return {
    username: user.username,
    email: user.email,
    passwordHash,
    firstName: user.firstName,
    lastName: user.lastName,
    birthDate: user.birthDate,
    phone: user.phone,
    role: user.role,
    isActive: user.isActive,
  };
}

/**
 * Inserts a validated user inside the caller's transaction: CONFLICT naming
 * the field when the username or email is taken (checked first for a clear
 * message, and mapped from the unique indexes for the race), plus the audit
 * entry. `actorId` null means the user creates themself.
 */
export async function insertUser(
  tx: Transaction,
  user: NewUser,
  passwordHash: string,
  actorId: number | null,
  source: UserSource,
  meta?: Record<string, unknown>,
): Promise<User> {
  const taken = await takenUserField(tx, user);
  if (taken) throw conflictOn(taken);
  const created = await tx.user.create({ data: userRowData(user, passwordHash) }).catch(rethrowUserConflict);
  await recordAudit(tx, {
    action: 'CREATE',
    entity: 'User',
    entityId: created.id,
    actorId: actorId ?? created.id,
    after: created,
    ...(meta ? { meta } : {}),
  });
  await emitEvent(tx, 'USER_CREATED', userCreatedPayload(created, source));
  return created;
}

export type UserSource = EventPayloads['USER_CREATED']['source'];

export function userCreatedPayload(user: User, source: UserSource): EventPayloads['USER_CREATED'] {
  return { userId: user.id, username: user.username, email: user.email, firstName: user.firstName, source };
}
