import { type AccountCache, changingAccounts } from '../auth/account-cache.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../auth/password.js';
import { signToken, type Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import type { PrismaClient } from '../db/prisma.js';
import { BadUserInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import type { User } from '../generated/prisma/client.js';
import { recordActivity, recordAudit } from './audit.js';
import { insertUser } from './users.js';
import { checkNewUser, checkPassword, valueOrThrow, type NewUserInput } from './user-rules.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';

/** Log-in also needs the caller's address and the shared failed-attempt limiter. */
type AuthContext = ServiceContext & Pick<Context, 'clientAddress' | 'loginAttempts'>;

export interface AuthResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** The same answer for an unknown login, a wrong password and an inactive or deleted account. */
const INVALID_CREDENTIALS = 'Invalid login or password';

async function issueToken(context: Pick<Context, 'config'>, user: User): Promise<AuthResult> {
  const { token, expiresAt } = await signToken(
    { userId: user.id, role: user.role, tokenVersion: user.tokenVersion },
    context.config.JWT_SECRET,
    context.config.JWT_TTL_SECONDS,
  );
  return { token, expiresAt, user };
}

/** Self-service registration: always a CUSTOMER, active. */
export async function signUp(
  context: AuthContext,
  input: Omit<NewUserInput, 'role' | 'isActive'>,
): Promise<AuthResult> {
  const newUser = valueOrThrow(checkNewUser({ ...input, role: 'CUSTOMER', isActive: true }));
  const passwordHash = await hashPassword(newUser.password);
  const user = await inTransaction(context.prisma, async (tx) => {
    const created = await insertUser(tx, newUser, passwordHash, null, 'signUp');
    await recordActivity(tx, created.id, 'SIGN_UP');
    return created;
  });
  return issueToken(context, user);
}

/**
 * Log in by username or email (case-insensitive). Failures are rate-limited per
 * login and per client address; inactive and soft-deleted accounts are refused
 * with the same generic error as a wrong password.
 */
export async function logIn(context: AuthContext, input: { login: string; password: string }): Promise<AuthResult> {
  const login = input.login.trim();
  const retryAfter = await context.loginAttempts.retryAfterSeconds(login, context.clientAddress);
  if (retryAfter > 0) throw new RateLimitedError(retryAfter);

  const user = login === '' ? null : await findUserByLogin(context, login);
  const passwordMatches = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  if (!user || !passwordMatches || !user.isActive || user.deletedAt !== null) {
    await context.loginAttempts.recordFailure(login, context.clientAddress);
    throw new UnauthenticatedError(INVALID_CREDENTIALS);
  }
  await context.loginAttempts.recordSuccess(login);

  const loggedIn = await inTransaction(context.prisma, async (tx) => {
    // A log-in is not an edit of the user: updatedAt keeps its value, and the
    // event is recorded as activity rather than as an audit entry.
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { lastLoginAt: new Date(), updatedAt: user.updatedAt },
    });
    await recordActivity(tx, user.id, 'LOGIN');
    return updated;
  });
  return issueToken(context, loggedIn);
}

async function findUserByLogin(context: AuthContext, login: string): Promise<User | null> {
  const rows = await context.prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM users
    WHERE lower(username) = lower(${login}) OR lower(email) = lower(${login})
    ORDER BY (lower(email) = lower(${login})) DESC, id
    LIMIT 1`;
  const id = rows[0]?.id;
  return id === undefined ? null : context.prisma.user.findUnique({ where: { id } });
}

/** The signed-in user changes their own password, proving the current one. */
export async function changePassword(
  context: AuthContext,
  input: { currentPassword: string; newPassword: string },
): Promise<true> {
  if (!context.viewer) throw new UnauthenticatedError();
  const userId = context.viewer.userId;
  const user = await context.prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt !== null) throw new NotFoundError('User', userId);

  const retryAfter = await context.loginAttempts.passwordCheckRetryAfter(userId);
  if (retryAfter > 0) throw new RateLimitedError(retryAfter);
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await context.loginAttempts.recordPasswordCheckFailure(userId);
    throw new BadUserInputError('Current password is wrong', 'currentPassword');
  }
  const newPassword = valueOrThrow(checkPassword(input.newPassword, 'newPassword'));
  if (newPassword === input.currentPassword) {
    throw new BadUserInputError('New password must differ from the current one', 'newPassword');
  }
  const passwordHash = await hashPassword(newPassword);

  await changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      // Ends every earlier session: tokens of the old version stop working.
      await tx.user.update({ where: { id: userId }, data: { passwordHash, tokenVersion: { increment: 1 } } });
      await recordAudit(tx, {
        action: 'UPDATE',
        entity: 'User',
        entityId: userId,
        actorId: userId,
        meta: { passwordChanged: true },
      });
      await recordActivity(tx, userId, 'PASSWORD_CHANGED');
    }),
  );
  return true;
}

/** Ends every session of the caller: tokens issued before now stop working. */
export async function logOut(context: ServiceContext): Promise<true> {
  if (!context.viewer) throw new UnauthenticatedError();
  const userId = context.viewer.userId;
  await changingAccounts(
    [userId],
    inTransaction(context.prisma, async (tx) => {
      // updatedAt keeps its value: ending sessions is not an edit of the user.
      await tx.$executeRaw`UPDATE users SET token_version = token_version + 1 WHERE id = ${userId}`;
      await recordActivity(tx, userId, 'LOGOUT');
    }),
  );
  return true;
}

/**
 * The viewer a verified token stands for, as the database has it now (or,
 * with `accounts`, had it at most that cache's bound ago): a
 * deactivated or deleted account's tokens stop working at once, a role change
 * applies to tokens issued before it, and tokens of an older token version
 * (before a logOut or password change) are refused. Null when the token
 * cannot act.
 */
export async function currentViewer(
  prisma: PrismaClient,
  claimed: Viewer,
  accounts?: AccountCache,
): Promise<Viewer | null> {
  let account = accounts?.get(claimed.userId);
  if (account === undefined) {
    const generation = accounts?.generation() ?? 0;
    const user = await prisma.user.findUnique({
      where: { id: claimed.userId },
      select: { id: true, role: true, isActive: true, deletedAt: true, tokenVersion: true },
    });
    account = user
      ? {
          userId: user.id,
          role: user.role,
          usable: user.isActive && user.deletedAt === null,
          tokenVersion: user.tokenVersion,
        }
      : null;
    accounts?.set(claimed.userId, account, generation);
  }
  if (!account?.usable) return null;
  if ((claimed.tokenVersion ?? 0) !== account.tokenVersion) return null;
  return { userId: account.userId, role: account.role, tokenVersion: account.tokenVersion };
}
