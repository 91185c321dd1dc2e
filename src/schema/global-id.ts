import { decodeGlobalID } from '@pothos/plugin-relay';
import { BadUserInputError } from '../errors.js';

/**
 * The row id inside a global ID of the expected type. A malformed ID or one
 * of another type is BAD_USER_INPUT naming the argument.
 */
export function rowIdOf(globalId: string | number, typename: string, field: string): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(globalId));
  } catch {
    throw new BadUserInputError(`${field} is not a valid ID`, field);
  }
  const id = Number(decoded.id);
  // Row ids are PostgreSQL integers: "1e0", "01", "abc" and ids past 2^31−1 name no row.
  if (decoded.typename !== typename || !/^[1-9][0-9]{0,9}$/.test(decoded.id) || id > 2_147_483_647) {
    throw new BadUserInputError(`${field} is not a ${typename} ID`, field);
  }
  return id;
}

export function optionalRowIdOf(globalId: string | number | null | undefined, typename: string, field: string): number | undefined {
  return globalId === null || globalId === undefined ? undefined : rowIdOf(globalId, typename, field);
}
