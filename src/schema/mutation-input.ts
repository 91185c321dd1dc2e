import { BadUserInputError } from '../errors.js';

/**
 * In update inputs an absent field means "unchanged" and null means "clear".
 * Columns that cannot be empty refuse an explicit null instead of ignoring it.
 */
export function rejectNulls<T extends object>(input: T, fields: ReadonlyArray<keyof T & string>): void {
  for (const field of fields) {
    if (field in input && input[field] === null) throw new BadUserInputError(`${field} cannot be null`, field);
  }
}
