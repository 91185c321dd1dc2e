import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * The access rules every layer asks: the schema's guards, the services and
 * the list SQL decide with these, so a rule is written once.
 */
export const isAdmin = (viewer: Viewer | null | undefined): boolean => viewer?.role === 'ADMIN';

/** UNAUTHENTICATED for anonymous callers. */
export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for customers. */
export function requireAdmin(viewer: Viewer | null | undefined): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.role !== 'ADMIN') throw new ForbiddenError();
  return signedIn;
}

/** A customer acts on their own user only; an admin on anyone. */
export function requireSelfOrAdmin(viewer: Viewer | null | undefined, userId: number): Viewer {
  const signedIn = requireViewer(viewer);
  if (signedIn.role !== 'ADMIN' && signedIn.userId !== userId) throw new ForbiddenError();
  return signedIn;
}
