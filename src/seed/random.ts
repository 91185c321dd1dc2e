import { base, en, Faker } from '@faker-js/faker';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A seeded faker plus the few numeric helpers the seed needs; same seed, same sequence. */
export class SeedRandom {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [en, base] });
    this.faker.seed(seed);
  }

  /** Uniform in [0, 1). */
  unit(): number {
    return this.faker.number.float({ min: 0, max: 1 });
  }

  chance(probability: number): boolean {
    return this.unit() < probability;
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** A whole millisecond in [from, to). */
  time(from: number, to: number): number {
    return Math.floor(from + (to - from) * this.unit());
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.unit() * values.length)]!;
  }

  /** Pareto-like weight in [1, cap]: a few customers and products get most of the orders. */
  popularity(cap = 200): number {
    return Math.min(cap, (1 - this.unit()) ** -0.7);
  }

  /** Index into `weights` chosen proportionally, given their running sums. */
  weighted(cumulative: Float64Array): number {
    const total = cumulative[cumulative.length - 1]!;
    const target = this.unit() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Picks distinct values, `count` at most. */
  sample<T>(values: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(count, values.length) && tries < count * 5; tries++) {
      chosen.add(this.pick(values));
    }
    return [...chosen];
  }
}

export function runningSums(weights: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  for (let index = 0; index < weights.length; index++) {
    total += weights[index]!;
    sums[index] = total;
  }
  return sums;
}

/** `months` calendar months before `time` (UTC). */
export function monthsBefore(time: number, months: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, date.getUTCDate(), date.getUTCHours());
}

/** Exact cents to "12.50" (no float arithmetic). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
