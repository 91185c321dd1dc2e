/** Normalisation rules shared by every path that writes users and profiles. */

/** Emails are stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const E164 = /^\+[1-9]\d{7,14}$/;
const MAINLAND_MOBILE = /^1\d{10}$/;

/**
 * E.164, or null when the number cannot be read as one. Spaces, dashes, dots
 * and parentheses are dropped; an 11-digit mainland China mobile number
 * starting with 1 (optionally prefixed with 86 or 0086) becomes +86….
 */
export function normalizePhone(phone: string): string | null {
  const compact = phone.trim().replace(/[\s\-().]/g, '');
  if (MAINLAND_MOBILE.test(compact)) return `+86${compact}`;
  if (/^0086\d+$/.test(compact)) return normalizePhone(`+${compact.slice(2)}`);
  if (/^861\d{10}$/.test(compact)) return `+${compact}`;
  if (E164.test(compact)) return compact;
  return null;
}

/** Profile tags: trimmed, lower-cased, empty ones dropped, de-duplicated keeping first occurrence. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const normal = tag.trim().toLowerCase();
    if (normal !== '') seen.add(normal);
  }
  return [...seen];
}
