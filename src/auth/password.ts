import { hash, verify } from '@node-rs/argon2';

/** Algorithm.Argon2id (a const enum, which verbatimModuleSyntax cannot import). */
const ARGON2ID = 2;

export const MIN_PASSWORD_LENGTH = 8;
/** argon2 hashes anything; an upper bound keeps hashing cheap for hostile input. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Why a password is too weak, or null when it is strong enough:
 * at least 8 characters with an upper-case letter, a lower-case letter, a
 * digit and a symbol.
 */
/** Every rule the password breaks, so a person fixes them all at once; empty when it is strong enough. */
export function passwordProblems(password: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`be at most ${MAX_PASSWORD_LENGTH} characters`);
  if (!/\p{Lu}/u.test(password)) problems.push('contain an upper-case letter');
  if (!/\p{Ll}/u.test(password)) problems.push('contain a lower-case letter');
  if (!/\p{Nd}/u.test(password)) problems.push('contain a digit');
  if (!/[^\p{L}\p{Nd}\s]/u.test(password)) problems.push('contain a symbol');
  return problems;
}

export function passwordWeakness(password: string): string | null {
  const problems = passwordProblems(password);
  return problems.length === 0 ? null : `Password must ${problems.join(', ')}`;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** false for a wrong password and for a hash that cannot be read. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real verification, so that an unknown login
 * takes as long as a wrong password.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('dummy-Passw0rd!-never-matches');
  await verifyPassword(await dummyHash, password);
  return false;
}
