import { BadUserInputError } from '../errors.js';
import { Prisma } from '../db/prisma.js';

/** Report arguments are checked here, before any SQL runs; a bad one is BAD_USER_INPUT naming it. */

export const LIMIT_RANGE = { min: 1, max: 500 } as const;
export const MONTHS_RANGE = { min: 1, max: 120 } as const;
export const DAYS_RANGE = { min: 1, max: 3650 } as const;
export const ACTIVITY_RANGE = { min: 0, max: 1_000_000 } as const;

export function intInRange(value: number | null | undefined, fallback: number, field: string, range: { min: number; max: number }): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < range.min || resolved > range.max) {
    throw new BadUserInputError(`${field} must be an integer from ${range.min} to ${range.max}`, field);
  }
  return resolved;
}

export const limitArg = (value: number | null | undefined, fallback: number, field = 'limit') =>
  intInRange(value, fallback, field, LIMIT_RANGE);
export const monthsArg = (value: number | null | undefined, fallback: number, field = 'months') =>
  intInRange(value, fallback, field, MONTHS_RANGE);
export const daysArg = (value: number | null | undefined, fallback: number, field: string) =>
  intInRange(value, fallback, field, DAYS_RANGE);

export interface DateRange {
  from: Date | undefined;
  to: Date | undefined;
}

/** [from, to): from inclusive, to exclusive; when both are given, from must be earlier than to. */
export function dateRangeArg(from: Date | null | undefined, to: Date | null | undefined): DateRange {
  if (from && to && from.getTime() >= to.getTime()) {
    throw new BadUserInputError('from must be earlier than to', 'from');
  }
  return { from: from ?? undefined, to: to ?? undefined };
}

export function requiredDateRangeArg(from: Date, to: Date): { from: Date; to: Date } {
  dateRangeArg(from, to);
  return { from, to };
}

export function nonNegativeMoneyArg(value: Prisma.Decimal | null | undefined, fallback: string, field: string): Prisma.Decimal {
  const resolved = value ?? new Prisma.Decimal(fallback);
  if (resolved.isNegative()) throw new BadUserInputError(`${field} must not be negative`, field);
  return resolved;
}
