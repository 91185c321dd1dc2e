import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export type Role = 'CUSTOMER' | 'ADMIN';

/** Who sends the request; null for anonymous callers. */
export interface Viewer {
  userId: number;
  role: Role;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

const encoder = new TextEncoder();

export async function signToken(viewer: Viewer, secret: string, ttlSeconds: number): Promise<IssuedToken> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ role: viewer.role })
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

/** Verifies an HS256 token (signature, exp) and reads `sub` (user row id) and `role`. */
export async function verifyToken(token: string, secret: string): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), { algorithms: ['HS256'] });
    const userId = Number(payload.sub);
    const role = payload['role'];
    if (!Number.isSafeInteger(userId) || userId <= 0 || (role !== 'CUSTOMER' && role !== 'ADMIN')) {
      throw new InvalidTokenError('Token has no valid subject or role');
    }
    return { userId, role };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw new InvalidTokenError('Token expired');
    throw new InvalidTokenError('Invalid token');
  }
}

export function bearerToken(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}
