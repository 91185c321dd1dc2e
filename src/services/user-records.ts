import type { User } from '../generated/prisma/client.js';
import type { EventPayloads } from '../events/catalog.js';
import { emitEvent } from '../events/outbox.js';
import { recordAudit, type Transaction } from './audit.js';
import { conflictOn, rethrowUserConflict, takenUserField, type NewUser } from './user-rules.js';

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
