import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export type Role = 'CUSTOMER' | 'ADMIN';

/** Who sends the request; null for anonymous callers. */
export interface Viewer {
  userId: number;
  role: Role;
  /** The account's token version when the token was issued (logOut/changePassword bump it); 0 when absent. */
  tokenVersion?: number;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const encoder = new TextEncoder();

export async function signToken(viewer: Viewer, secret: string, ttlSeconds: number): Promise<IssuedToken> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ role: viewer.role, ver: viewer.tokenVersion ?? 0 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(String(viewer.userId))
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(encoder.encode(secret));
  return { token, expiresAt };
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** A user row id written the one way we write it: "1", never "1e0", "01" or " 1". */
const CANONICAL_SUBJECT = /^[1-9][0-9]{0,9}$/;
const MAX_ROW_ID = 2_147_483_647;

interface VerifiedToken {
  secret: string;
  viewer: Viewer;
  expiresAtMs: number;
}

/**
 * Tokens whose signature and claims were verified, until they expire. What a
 * token says cannot change, so this is memoisation, not a stale cache: the
 * account behind it is still looked up on every request. Bounded; the oldest
 * entry goes first.
 */
const verifiedTokens = new Map<string, VerifiedToken>();
const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Verifies an HS256 token (signature, a required exp) and reads `sub` (user
 * row id), `role` and `ver` (token version).
 */
export async function verifyToken(token: string, secret: string): Promise<Viewer> {
  const known = verifiedTokens.get(token);
  if (known && known.secret === secret) {
    if (known.expiresAtMs > Date.now()) return { ...known.viewer };
    verifiedTokens.delete(token);
  }
  const { viewer, expiresAtMs } = await verifyTokenSignature(token, secret);
  if (verifiedTokens.size >= VERIFIED_TOKENS_MAX) verifiedTokens.delete(verifiedTokens.keys().next().value!);
  verifiedTokens.set(token, { secret, viewer, expiresAtMs });
  return { ...viewer };
}

async function verifyTokenSignature(token: string, secret: string): Promise<{ viewer: Viewer; expiresAtMs: number }> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), {
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
    });
    const subject = payload.sub ?? '';
    const userId = Number(subject);
    const role = payload['role'];
    const version = payload['ver'] ?? 0;
    if (!CANONICAL_SUBJECT.test(subject) || userId > MAX_ROW_ID || (role !== 'CUSTOMER' && role !== 'ADMIN')) {
      throw new InvalidTokenError('Token has no valid subject or role');
    }
    if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
      throw new InvalidTokenError('Token has no valid version');
    }
    return { viewer: { userId, role, tokenVersion: version }, expiresAtMs: (payload.exp ?? 0) * 1000 };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed)
      throw new InvalidTokenError(`Token has no ${error.claim} claim`);
    throw new InvalidTokenError('Invalid token');
  }
}

/**
 * The token of an `Authorization: Bearer <token>` header; undefined when no
 * header was sent. Any other scheme or shape is an InvalidTokenError, not an
 * anonymous request, so a client that got the header wrong learns it.
 */
export function bearerToken(authorization: string | null): string | undefined {
  if (authorization === null || authorization.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match)
    throw new InvalidTokenError('The Authorization header must be "Bearer <token>" (the token from logIn or signUp)');
  return match[1];
}
