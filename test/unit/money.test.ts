import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/prisma.js';
import { formatMoney, InvalidMoneyError } from '../../src/lib/money.js';

describe('formatMoney', () => {
  it('gives every exact input as two fractional digits, the same whether it arrives as text or Decimal', () => {
    const inputs = ['0.00', '10.50', '10.5', '7', '1999.99', '-3.20', '0012.30', '1.005', '9999999999.99', '0.10'];
    for (const input of inputs) {
      expect(formatMoney(input), input).toBe(new Prisma.Decimal(input).toFixed(2));
      expect(formatMoney(new Prisma.Decimal(input)), input).toBe(new Prisma.Decimal(input).toFixed(2));
    }
    expect(formatMoney(12)).toBe('12.00');
    expect(formatMoney(12n)).toBe('12.00');
  });

  it('refuses what is not an exact amount', () => {
    for (const input of [10.5, 'abc', '1e3', '', null, undefined]) {
      expect(() => formatMoney(input)).toThrow(InvalidMoneyError);
    }
  });
});
