import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * The access rules every layer asks: the schema's guards, the services and
 * the list SQL decide with these, so a rule is written once.
 */
export const isAdmin = (viewer: Viewer | null | undefined): boolean => viewer?.role === 'ADMIN';

/** An admin acts for anyone; a customer for their own user only (false for a missing user). */
export const canActFor = (viewer: Viewer | null | undefined, userId: number | null | undefined): boolean =>
  isAdmin(viewer) || (viewer != null && userId != null && viewer.userId === userId);

/** Inactive products are listed to admins only (lookups by id or sku and order items still reach them). */
export const seesInactiveProducts = isAdmin;

/** UNAUTHENTICATED for anonymous callers. */
export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN for customers. */
export function requireAdmin(viewer: Viewer | null | undefined): Viewer {
  const signedIn = requireViewer(viewer);
  if (!isAdmin(signedIn)) throw new ForbiddenError();
  return signedIn;
}

/** A customer acts on their own user only; an admin on anyone. */
export function requireSelfOrAdmin(viewer: Viewer | null | undefined, userId: number): Viewer {
  const signedIn = requireViewer(viewer);
  if (!canActFor(signedIn, userId)) throw new ForbiddenError();
  return signedIn;
}
