/** Years PostgreSQL and JavaScript both read the same way (PostgreSQL has no year 0; JS writes 1 BC as 0000). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function inSupportedRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Whether `text` starts with a real calendar date YYYY-MM-DD (no 2024-02-30,
 * which JavaScript's Date.parse silently rolls over to March 1) in the
 * supported years.
 */
export function startsWithCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
