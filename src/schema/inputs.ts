import type { NumberValidationOptions, RefineConstraint, StringValidationOptions } from '@pothos/plugin-zod';
import type { Prisma } from '../db/prisma.js';
import { BadUserInputError } from '../errors.js';
import { builder } from './builder.js';
import { AddressTypeEnum } from './enums.js';

/** `search` arguments: longer input would only hold a connection for a scan nobody needs. */
export const SEARCH_MAX_LENGTH = 200;

/** Validation rules shared by several inputs (zod plugin; failures are BAD_USER_INPUT naming the field). */
export function requiredText(maxLength: number): StringValidationOptions {
  return {
    maxLength: [maxLength, { message: `must be at most ${maxLength} characters` }],
    refine: [(value) => value.trim().length > 0, { message: 'must not be blank' }],
  };
}

export function optionalText(maxLength: number): StringValidationOptions {
  return { maxLength: [maxLength, { message: `must be at most ${maxLength} characters` }] };
}

/** An integer argument within a range (e.g. the report ranges of src/reports/arguments.ts). */
export function intBetween(range: { min: number; max: number }): NumberValidationOptions {
  const message = `must be an integer from ${range.min} to ${range.max}`;
  return { int: [true, { message }], min: [range.min, { message }], max: [range.max, { message }] };
}

export const nonNegativeMoney: RefineConstraint<Prisma.Decimal> = [
  (value) => !value.isNegative(),
  { message: 'must not be negative' },
];

/** Shipping and profile addresses; stored as a JSON object of these fields. */
export const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    street: t.string({ required: true, validate: requiredText(200) }),
    city: t.string({ required: true, validate: requiredText(100) }),
    state: t.string({ required: true, validate: requiredText(100) }),
    postalCode: t.string({ required: true, validate: requiredText(20) }),
    country: t.string({
      required: true,
      defaultValue: 'CN',
      description: 'ISO 3166-1 alpha-2 code.',
      validate: { regex: [/^[A-Z]{2}$/, { message: 'must be a two-letter ISO country code like "CN"' }] },
    }),
    type: t.field({ type: AddressTypeEnum, required: true, defaultValue: 'HOME' }),
  }),
});

/** The count of rows a bulk mutation changed. */
export const BulkPayload = builder.simpleObject('BulkPayload', {
  fields: (t) => ({
    count: t.int(),
  }),
});

/**
 * In update inputs an absent field means "unchanged" and null means "clear".
 * Columns that cannot be empty refuse an explicit null instead of ignoring it.
 */
export function rejectNulls<T extends object>(input: T, fields: ReadonlyArray<keyof T & string>): void {
  for (const field of fields) {
    if (field in input && input[field] === null) throw new BadUserInputError(`${field} cannot be null`, field);
  }
}
