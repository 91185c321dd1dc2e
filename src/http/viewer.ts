import type { AccountCache } from '../auth/account-cache.js';
import { GraphQLError } from 'graphql';
import { bearerToken, InvalidTokenError, verifyToken, type Viewer } from '../auth/viewer.js';
import type { PrismaClient } from '../db/prisma.js';
import { currentViewer } from '../services/auth.js';

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/**
 * The viewer of a request's Authorization header, as the database has the account now (with `accounts`: as it
 * had it at most ACCOUNT_CACHE_MS ago, changes evicted as they are heard); null when none was sent.
 */
export async function viewerFrom(
  request: Request,
  secret: string,
  prisma: PrismaClient,
  accounts?: AccountCache,
): Promise<Viewer | null> {
  let claimed: Viewer;
  try {
    const token = bearerToken(request.headers.get('authorization'));
    if (!token) return null;
    claimed = await verifyToken(token, secret);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw unauthenticated(error.message);
    throw error;
  }
  const viewer = await currentViewer(prisma, claimed, accounts);
  if (!viewer) throw unauthenticated('The account of this token is inactive or deleted');
  return viewer;
}
