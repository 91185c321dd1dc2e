import { Prisma } from '../db/prisma.js';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors.js';
import type { UserProfile } from '../generated/prisma/client.js';
import { decryptSecret, encryptSecret } from '../lib/crypto.js';
import { normalizeTags } from '../lib/normalize.js';
import { recordActivity, recordAudit } from './audit.js';
import type { PostalAddress } from '../lib/address.js';
import type { ServiceContext } from './service-context.js';
import { inTransaction } from './transaction.js';
import { canActFor } from '../auth/policy.js';

/** Absent fields stay as they are; null clears (tags: to the empty list). */
export interface ProfileInput {
  bio?: string | null;
  website?: string | null;
  location?: string | null;
  address?: PostalAddress | null;
  tags?: readonly string[] | null;
  preferences?: Record<string, unknown> | null;
  taxId?: string | null;
}

const MAX_TAGS = 50;
const MAX_TAG_LENGTH = 50;
const MAX_PREFERENCES_JSON = 10_000;
const TAX_ID = /^[A-Za-z0-9-]{4,32}$/;

function optionalText(value: string | null, field: string, maxLength: number): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (text.length > maxLength) throw new BadUserInputError(`${field} must be at most ${maxLength} characters`, field);
  return text === '' ? null : text;
}

function website(value: string | null): string | null {
  const text = optionalText(value, 'website', 255);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BadUserInputError('website must be an http(s) URL', 'website');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError('website must be an http(s) URL', 'website');
  }
  return text;
}

function tags(value: readonly string[] | null): string[] {
  const normal = normalizeTags(value ?? []);
  if (normal.length > MAX_TAGS) throw new BadUserInputError(`At most ${MAX_TAGS} tags`, 'tags');
  if (normal.some((tag) => tag.length > MAX_TAG_LENGTH)) {
    throw new BadUserInputError(`A tag must be at most ${MAX_TAG_LENGTH} characters`, 'tags');
  }
  return normal;
}

function address(value: PostalAddress | null): PostalAddress | null {
  if (value === null) return null;
  return {
    street: value.street.trim(),
    city: value.city.trim(),
    state: value.state.trim(),
    postalCode: value.postalCode.trim(),
    country: value.country.trim().toUpperCase(),
    type: value.type,
  };
}

function preferences(value: Record<string, unknown> | null): Record<string, unknown> | null {
  if (value === null) return null;
  if (JSON.stringify(value).length > MAX_PREFERENCES_JSON) {
    throw new BadUserInputError(
      `preferences must be at most ${MAX_PREFERENCES_JSON} characters of JSON`,
      'preferences',
    );
  }
  return value;
}

function taxId(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (!TAX_ID.test(text)) throw new BadUserInputError('taxId must be 4–32 letters, digits or "-"', 'taxId');
  return text;
}

interface ProfileValues {
  bio?: string | null;
  website?: string | null;
  location?: string | null;
  address?: PostalAddress | null;
  tags?: string[];
  preferences?: Record<string, unknown> | null;
  taxId?: string | null;
}

/** Validated, normalised values of the fields present in the input. */
function profileValues(input: ProfileInput): ProfileValues {
  const values: ProfileValues = {};
  if (input.bio !== undefined) values.bio = optionalText(input.bio, 'bio', 2000);
  if (input.website !== undefined) values.website = website(input.website);
  if (input.location !== undefined) values.location = optionalText(input.location, 'location', 255);
  if (input.address !== undefined) values.address = address(input.address);
  if (input.tags !== undefined) values.tags = tags(input.tags);
  if (input.preferences !== undefined) values.preferences = preferences(input.preferences);
  if (input.taxId !== undefined) values.taxId = taxId(input.taxId);
  return values;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function storedTaxId(profile: UserProfile | null, key: string): string | null | undefined {
  if (!profile?.taxIdEncrypted) return null;
  try {
    return decryptSecret(profile.taxIdEncrypted, key);
  } catch {
    return undefined;
  }
}

/**
 * Creates or updates a user's profile with only the fields that change.
 * taxId is encrypted (AES-256-GCM); the audit entry says that it changed,
 * never its value. A customer may edit only their own profile.
 */
export async function updateProfile(
  context: ServiceContext,
  userId: number,
  input: ProfileInput,
): Promise<UserProfile> {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (!canActFor(viewer, userId)) throw new ForbiddenError();
  const values = profileValues(input);

  return inTransaction(context.prisma, async (tx) => {
    const [owner] = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM users WHERE id = ${userId} AND deleted_at IS NULL FOR UPDATE`;
    if (!owner) throw new NotFoundError('User', userId);
    const before = await tx.userProfile.findUnique({ where: { userId } });

    const data: Prisma.UserProfileUncheckedUpdateInput = {};
    const changed: string[] = [];
    for (const field of ['bio', 'website', 'location', 'address', 'tags', 'preferences'] as const) {
      const value = values[field];
      if (value === undefined) continue;
      const current = before ? before[field] : field === 'tags' ? [] : null;
      if (canonical(current ?? null) === canonical(value)) continue;
      changed.push(field);
      (data as Record<string, unknown>)[field] =
        value === null && (field === 'address' || field === 'preferences') ? Prisma.DbNull : value;
    }
    if (values.taxId !== undefined && storedTaxId(before, context.config.ENCRYPTION_KEY) !== values.taxId) {
      changed.push('taxId');
      data.taxIdEncrypted = values.taxId === null ? null : encryptSecret(values.taxId, context.config.ENCRYPTION_KEY);
    }
    if (before && changed.length === 0) return before;

    const after = before
      ? await tx.userProfile.update({ where: { userId }, data })
      : await tx.userProfile.create({ data: { ...(data as Prisma.UserProfileUncheckedCreateInput), userId } });
    await recordAudit(tx, {
      action: before ? 'UPDATE' : 'CREATE',
      entity: 'UserProfile',
      entityId: after.id,
      actorId: viewer.userId,
      before,
      after,
      ...(changed.includes('taxId') ? { meta: { taxIdChanged: true } } : {}),
    });
    if (changed.length > 0) await recordActivity(tx, userId, 'PROFILE_UPDATED', { fields: changed });
    return after;
  });
}
