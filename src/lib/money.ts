import { Prisma } from '../db/prisma.js';

export type Decimal = Prisma.Decimal;
export const Decimal = Prisma.Decimal;

/** Plain decimal notation, at most two fractional digits, no exponent. */
const MONEY_PATTERN = /^-?\d{1,10}(\.\d{1,2})?$/;

export class InvalidMoneyError extends Error {
  override name = 'InvalidMoneyError';
}

/**
 * Parses client input into an exact decimal that fits NUMERIC(12,2): at most
 * ten integer and two fractional digits. Floats are refused (the contract:
 * money is never a float on input); a JSON integer is exact and accepted.
 */
export function parseMoney(value: unknown): Prisma.Decimal {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !MONEY_PATTERN.test(text.trim())) {
    throw new InvalidMoneyError(
      `Decimal must be a string like "12.50" with at most ten integer and two fractional digits; got ${JSON.stringify(value)?.slice(0, 40)}`,
    );
  }
  return new Prisma.Decimal(text.trim());
}

const CANONICAL_MONEY = /^-?(0|[1-9]\d*)\.\d\d$/;

/** Serialises exact values (Decimal, numeric text, integers) as a string with two fractional digits. */
export function formatMoney(value: unknown): string {
  if (Prisma.Decimal.isDecimal(value)) return (value as Prisma.Decimal).toFixed(2);
  // numeric(12,2) as PostgreSQL writes it (compiled reads): already the canonical form.
  if (typeof value === 'string' && CANONICAL_MONEY.test(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return new Prisma.Decimal(value).toFixed(2);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value.toFixed(2);
  if (typeof value === 'bigint') return `${value.toString()}.00`;
  throw new InvalidMoneyError(`Cannot serialise ${typeof value} as Decimal`);
}
