import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * The access rules every layer asks: the schema's guards, the services and
 * the list SQL decide with these, so a rule is written once.
 */
export const isAdmin = (viewer: Viewer | null | undefined): boolean => viewer?.role === 'ADMIN';

/** The viewer's boolean auth scopes (the schema's authScopes; compiled reads check the same). */
export const viewerScopes = (viewer: Viewer | null | undefined) => ({
  public: true,
  authenticated: viewer != null,
  admin: isAdmin(viewer),
});

/** An admin acts for anyone; a customer for their own user only (false for a missing user). */
export const canActFor = (viewer: Viewer | null | undefined, userId: number | null | undefined): boolean =>
  isAdmin(viewer) || (viewer != null && userId != null && viewer.userId === userId);

/** Inactive products are listed to admins only (lookups by id or sku and order items still reach them). */
export const seesInactiveProducts = isAdmin;

/** Types anyone may read (products and categories); everything else needs a signed-in viewer. */
const PUBLIC_TYPES = new Set(['Product', 'Category']);
/** Types a customer may read when the row is theirs (the owner being the user id itself for User). */
const OWNED_TYPES = new Set(['User', 'Order', 'OrderItem']);

/**
 * Whether `viewer` may read a row of `typename` owned by `ownerId` (node,
 * nodes): null when allowed, else the error to show. Customers get
 * FORBIDDEN for rows of others whether or not they exist, so ids cannot be
 * probed; admin-only types (audit log, exports, webhooks) are FORBIDDEN too.
 */
export function nodeReadError(
  viewer: Viewer | null | undefined,
  typename: string,
  ownerId: number | undefined,
): Error | null {
  if (PUBLIC_TYPES.has(typename)) return null;
  if (!viewer) return new UnauthenticatedError();
  if (isAdmin(viewer)) return null;
  return OWNED_TYPES.has(typename) && ownerId === viewer.userId ? null : new ForbiddenError();
}

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
