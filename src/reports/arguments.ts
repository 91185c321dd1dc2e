import { BadUserInputError } from '../errors.js';

/**
 * The reports' argument ranges, checked before any SQL runs: by the zod
 * plugin for Query.reports, by intInRange for export arguments (JSON).
 */

export const LIMIT_RANGE = { min: 1, max: 500 } as const;
export const MONTHS_RANGE = { min: 1, max: 120 } as const;
export const DAYS_RANGE = { min: 1, max: 3650 } as const;
export const ACTIVITY_RANGE = { min: 0, max: 1_000_000 } as const;

export function intInRange(
  value: number | null | undefined,
  fallback: number,
  field: string,
  range: { min: number; max: number },
): number {
  const resolved = value ?? fallback;
  if (!Number.isInteger(resolved) || resolved < range.min || resolved > range.max) {
    throw new BadUserInputError(`${field} must be an integer from ${range.min} to ${range.max}`, field);
  }
  return resolved;
}

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
