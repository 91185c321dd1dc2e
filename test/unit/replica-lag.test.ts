import { describe, expect, it } from 'vitest';
import { lagOf, parseLsn } from '../../src/db/replicas.js';

describe('replica lag from WAL positions', () => {
  it('orders LSNs as the WAL does', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(parseLsn('16/B374D848')).toBe((0x16n << 32n) | 0xb374d848n);
  });

  const samples = [
    { lsn: 100n, at: 1_000 },
    { lsn: 200n, at: 2_000 },
    { lsn: 300n, at: 3_000 },
  ];

  it('is zero for a replica that has replayed the newest position the primary reported', () => {
    expect(lagOf(300n, samples, 3_500)).toBe(0);
    expect(lagOf(350n, samples, 3_500)).toBe(0);
  });

  it('is the age of the oldest position not replayed yet, so an idle primary does not make a caught-up replica late', () => {
    expect(lagOf(250n, samples, 3_500)).toBe(500);
    expect(lagOf(150n, samples, 3_500)).toBe(1_500);
    expect(lagOf(50n, samples, 3_500)).toBe(2_500);
  });
});
