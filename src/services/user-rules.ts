import { z } from 'zod';
import { passwordWeakness } from '../auth/password.js';
import { BadUserInputError, ConflictError } from '../errors.js';
import { databaseErrorOf, SQLSTATE } from '../lib/db-errors.js';
import type { Role } from '../generated/prisma/enums.js';
import { normalizeEmail, normalizePhone } from '../lib/normalize.js';
import type { Transaction } from './audit.js';

/** Input for a new user, as signUp, createUser, importUsers and the admin CLI receive it. */
export interface NewUserInput {
  username: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  birthDate?: Date | null;
  phone?: string | null;
  role?: Role | null;
  isActive?: boolean | null;
}

/** A validated, normalised new user (password still plaintext: hash it outside any transaction). */
export interface NewUser {
  username: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  birthDate: Date | null;
  phone: string | null;
  role: Role;
  isActive: boolean;
}

/** One invalid field; `code` is a stable machine-readable reason (importUsers reports it per row). */
export interface FieldIssue {
  field: string;
  code: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issue: FieldIssue };

const USERNAME = /^[A-Za-z0-9_.-]{3,50}$/;
const emailFormat = z.email();
const EARLIEST_BIRTH_DATE = new Date('1900-01-01T00:00:00Z');

const fail = (field: string, code: string, message: string): { ok: false; issue: FieldIssue } => ({
  ok: false,
  issue: { field, code, message },
});

/** Usernames: 3–50 letters, digits, `_`, `.` or `-` (never `@`, so a login is a username or an email, not both). */
export function checkUsername(value: string): Checked<string> {
  const username = value.trim();
  if (!USERNAME.test(username)) {
    return fail('username', 'INVALID_USERNAME', 'Username must be 3–50 letters, digits, "_", "." or "-"');
  }
  return { ok: true, value: username };
}

export function checkEmail(value: string): Checked<string> {
  const email = normalizeEmail(value);
  if (email.length > 255 || !emailFormat.safeParse(email).success) {
    return fail('email', 'INVALID_EMAIL', 'Email is not a valid address');
  }
  return { ok: true, value: email };
}

export function checkPassword(value: string, field = 'password'): Checked<string> {
  const weakness = passwordWeakness(value);
  return weakness ? fail(field, 'WEAK_PASSWORD', weakness) : { ok: true, value };
}

export function checkName(value: string, field: 'firstName' | 'lastName'): Checked<string> {
  const name = value.trim();
  if (name.length < 1 || name.length > 100) return fail(field, 'INVALID_NAME', `${field} must be 1–100 characters`);
  return { ok: true, value: name };
}

export function checkPhone(value: string | null | undefined): Checked<string | null> {
  if (value === null || value === undefined || value.trim() === '') return { ok: true, value: null };
  const phone = normalizePhone(value);
  if (phone === null || phone.length > 20) {
    return fail('phone', 'INVALID_PHONE', 'Phone must be E.164 (+8613800138000) or an 11-digit mainland mobile number');
  }
  return { ok: true, value: phone };
}

export function checkBirthDate(value: Date | null | undefined, now = new Date()): Checked<Date | null> {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (Number.isNaN(value.getTime()) || value > now || value < EARLIEST_BIRTH_DATE) {
    return fail('birthDate', 'INVALID_BIRTH_DATE', 'Birth date must be between 1900-01-01 and today');
  }
  return { ok: true, value };
}

/** Every rule for a new user; the first invalid field (in input order) wins. */
export function checkNewUser(input: NewUserInput): Checked<NewUser> {
  const username = checkUsername(input.username);
  if (!username.ok) return username;
  const email = checkEmail(input.email);
  if (!email.ok) return email;
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  const firstName = checkName(input.firstName, 'firstName');
  if (!firstName.ok) return firstName;
  const lastName = checkName(input.lastName, 'lastName');
  if (!lastName.ok) return lastName;
  const birthDate = checkBirthDate(input.birthDate);
  if (!birthDate.ok) return birthDate;
  const phone = checkPhone(input.phone);
  if (!phone.ok) return phone;
  return {
    ok: true,
    value: {
      username: username.value,
      email: email.value,
      password: password.value,
      firstName: firstName.value,
      lastName: lastName.value,
      birthDate: birthDate.value,
      phone: phone.value,
      role: input.role ?? 'CUSTOMER',
      isActive: input.isActive ?? true,
    },
  };
}

/** The value of a check, or BAD_USER_INPUT naming the field. */
export function valueOrThrow<T>(checked: Checked<T>): T {
  if (!checked.ok)
    throw new BadUserInputError(checked.issue.message, checked.issue.field, { reason: checked.issue.code });
  return checked.value;
}

export type UniqueUserField = 'username' | 'email';

/**
 * Which of username/email another user already has, ignoring case (soft-deleted
 * users keep theirs); null when both are free.
 */
export async function takenUserField(
  tx: Transaction,
  values: { username?: string | undefined; email?: string | undefined },
  exceptUserId?: number,
): Promise<UniqueUserField | null> {
  if (values.username === undefined && values.email === undefined) return null;
  const rows = await tx.$queryRaw<{ username: string; email: string }[]>`
    SELECT username, email FROM users
    WHERE (lower(username) = lower(${values.username ?? null}::text) OR lower(email) = lower(${values.email ?? null}::text))
      AND id <> ${exceptUserId ?? 0}
    LIMIT 2`;
  if (
    values.username !== undefined &&
    rows.some((row) => row.username.toLowerCase() === values.username!.toLowerCase())
  ) {
    return 'username';
  }
  return rows.length > 0 ? 'email' : null;
}

export function conflictOn(field: UniqueUserField): ConflictError {
  return new ConflictError(`A user with this ${field} already exists`, { field });
}

/**
 * The user column behind a unique violation (Prisma P2002 or SQLSTATE 23505,
 * including the lower(...) indexes), for the race a prior check cannot close.
 */
export function uniqueUserFieldOf(error: unknown): UniqueUserField | null {
  const database = databaseErrorOf(error);
  if (database?.sqlState !== SQLSTATE.uniqueViolation) return null;
  if (database.constraint === 'users_username_key' || database.constraint === 'users_username_lower_key')
    return 'username';
  if (database.constraint === 'users_email_key' || database.constraint === 'users_email_lower_key') return 'email';
  return null;
}

/** Rethrows a unique violation on users as CONFLICT naming the field. */
export function rethrowUserConflict(error: unknown): never {
  const field = uniqueUserFieldOf(error);
  if (field) throw conflictOn(field);
  throw error;
}
