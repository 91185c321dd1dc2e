import { BadUserInputError } from '../errors.js';

/**
 * Global IDs, encoded and decoded in one place: base64 of "Typename:id",
 * exactly as Pothos' relay plugin writes them (the schema's `id` fields),
 * so that services can name an entity (e.g. INSUFFICIENT_STOCK's productId)
 * without depending on the GraphQL layer.
 */

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const TYPENAME = /^[A-Z_a-z]\w*$/;
/** Row ids are PostgreSQL integers written canonically: "1e0", "01", "abc" and ids past 2^31−1 name no row. */
const ROW_ID = /^[1-9][0-9]{0,9}$/;
const MAX_ROW_ID = 2_147_483_647;

export interface DecodedGlobalId {
  typename: string;
  id: string;
}

export function globalIdOf(typename: string, id: number | string | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64');
}

/** The typename and id inside a global ID; null when it is not one. */
export function decodeGlobalId(globalId: string): DecodedGlobalId | null {
  if (!BASE64.test(globalId)) return null;
  const [typename, id] = Buffer.from(globalId, 'base64').toString('utf8').split(':');
  if (!typename || !id || !TYPENAME.test(typename)) return null;
  return { typename, id };
}

/** Whether a decoded id can name a row (1…2^31−1, canonical). */
export function isRowId(id: string): boolean {
  return ROW_ID.test(id) && Number(id) <= MAX_ROW_ID;
}

/** The row id inside a global ID of the expected type; a malformed ID or one of another type is BAD_USER_INPUT naming the argument. */
export function rowIdOf(globalId: string | number, typename: string, field: string): number {
  const decoded = decodeGlobalId(String(globalId));
  if (!decoded) throw new BadUserInputError(`${field} is not a valid ID`, field);
  if (decoded.typename !== typename || !isRowId(decoded.id))
    throw new BadUserInputError(`${field} is not a ${typename} ID`, field);
  return Number(decoded.id);
}

export function optionalRowIdOf(
  globalId: string | number | null | undefined,
  typename: string,
  field: string,
): number | undefined {
  return globalId === null || globalId === undefined ? undefined : rowIdOf(globalId, typename, field);
}
