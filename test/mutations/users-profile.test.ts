import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { decryptSecret } from '../../src/lib/crypto.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createProfile, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, expectBadUserInput, type TestServer } from '../support/server.js';

const UpdateProfile = graphql(`
  mutation UsersUpdateProfile($userId: ID, $input: UpdateProfileInput!) {
    updateProfile(userId: $userId, input: $input) {
      bio
      website
      location
      address {
        street
        city
        state
        postalCode
        country
        type
      }
      tags
      preferences
      taxId
    }
  }
`);

let server: TestServer;
let admin: Viewer;
const userId = (id: number) => encodeGlobalID('User', id);
const customer = (id: number): Viewer => ({ userId: id, role: 'CUSTOMER' });

beforeAll(async () => {
  server = await createTestServer();
  admin = { userId: (await createAdmin(server.db.prisma)).id, role: 'ADMIN' };
});
afterAll(() => server.close());

const TAX_ID = '91310000MA1FL4XQ2K';

describe('updateProfile', () => {
  it('creates the caller’s profile: tags normalised, address defaults, taxId encrypted at rest and never audited', async () => {
    const user = await createUser(server.db.prisma);
    const response = await server.execute(
      UpdateProfile,
      {
        input: {
          bio: ' Hello ',
          website: 'https://example.com/me',
          tags: ['  VIP', 'vip', 'Early-Adopter ', '', 'beta', 'BETA'],
          address: { street: '1 Nanjing Rd', city: 'Shanghai', state: 'SH', postalCode: '200000' },
          preferences: { newsletter: true, theme: { dark: true } },
          taxId: TAX_ID,
        },
      },
      { as: customer(user.id) },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.updateProfile).toEqual({
      bio: 'Hello',
      website: 'https://example.com/me',
      location: null,
      address: {
        street: '1 Nanjing Rd',
        city: 'Shanghai',
        state: 'SH',
        postalCode: '200000',
        country: 'CN',
        type: 'HOME',
      },
      tags: ['vip', 'early-adopter', 'beta'],
      preferences: { newsletter: true, theme: { dark: true } },
      taxId: TAX_ID,
    });

    const [raw] = await server.db.prisma.$queryRaw<{ tax_id_encrypted: string }[]>`
      SELECT tax_id_encrypted FROM user_profiles WHERE user_id = ${user.id}`;
    expect(raw!.tax_id_encrypted).not.toContain(TAX_ID);
    expect(Buffer.from(raw!.tax_id_encrypted, 'base64').toString('latin1')).not.toContain(TAX_ID);
    expect(decryptSecret(raw!.tax_id_encrypted, server.config.ENCRYPTION_KEY)).toBe(TAX_ID);

    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'UserProfile' },
      orderBy: { id: 'desc' },
    });
    expect(audit).toMatchObject({ action: 'CREATE', actorId: user.id });
    const recorded = JSON.stringify(audit.changes);
    expect(recorded).not.toContain(TAX_ID);
    expect(recorded).not.toContain(raw!.tax_id_encrypted);
    expect(recorded).toContain('taxIdChanged');
    expect(await server.db.prisma.userActivity.count({ where: { userId: user.id, kind: 'PROFILE_UPDATED' } })).toBe(1);
  });

  it('updates only what changes: the audit holds old/new of those fields, the taxId ciphertext stays', async () => {
    const user = await createUser(server.db.prisma);
    await server.execute(
      UpdateProfile,
      { input: { bio: 'One', taxId: TAX_ID, tags: ['a'] } },
      { as: customer(user.id) },
    );
    const before = await server.db.prisma.userProfile.findUniqueOrThrow({ where: { userId: user.id } });

    const response = await server.execute(
      UpdateProfile,
      { userId: userId(user.id), input: { bio: 'Two', taxId: TAX_ID, tags: ['A'] } },
      { as: admin },
    );
    expect(response.data?.updateProfile).toMatchObject({ bio: 'Two', taxId: TAX_ID, tags: ['a'] });
    const after = await server.db.prisma.userProfile.findUniqueOrThrow({ where: { userId: user.id } });
    expect(after.taxIdEncrypted).toBe(before.taxIdEncrypted);
    const audit = await server.db.prisma.auditLog.findFirstOrThrow({
      where: { entity: 'UserProfile', entityId: String(before.id), action: 'UPDATE' },
    });
    expect(audit.actorId).toBe(admin.userId);
    expect(audit.changes).toEqual({ bio: { old: 'One', new: 'Two' } });
  });

  it('clears fields given as null, and changes nothing when nothing differs', async () => {
    const user = await createUser(server.db.prisma);
    await createProfile(server.db.prisma, user.id, {
      bio: 'x',
      address: { street: 's', city: 'c', state: 'st', postalCode: 'p', country: 'CN', type: 'WORK' },
      tags: ['t'],
    });
    const cleared = await server.execute(
      UpdateProfile,
      { input: { bio: null, address: null, tags: null, taxId: null } },
      { as: customer(user.id) },
    );
    expect(cleared.data?.updateProfile).toMatchObject({ bio: null, address: null, tags: [], taxId: null });

    const counts = await rowCounts(server.db.prisma);
    const same = await server.execute(UpdateProfile, { input: { bio: null, tags: [] } }, { as: customer(user.id) });
    expect(same.errors).toBeUndefined();
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('lets a customer edit only their own profile', async () => {
    const user = await createUser(server.db.prisma);
    const other = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    expect(
      errorCodes(
        await server.execute(
          UpdateProfile,
          { userId: userId(other.id), input: { bio: 'x' } },
          { as: customer(user.id) },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await server.execute(UpdateProfile, { input: { bio: 'x' } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await server.execute(UpdateProfile, { userId: userId(other.id), input: { bio: 'x' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('is NOT_FOUND for a soft-deleted or missing user', async () => {
    const deleted = await createUser(server.db.prisma, { deletedAt: new Date(), isActive: false });
    for (const id of [deleted.id, 999_999]) {
      expect(
        errorCodes(await server.execute(UpdateProfile, { userId: userId(id), input: { bio: 'x' } }, { as: admin })),
      ).toEqual(['NOT_FOUND']);
    }
  });

  const address = { street: '1 Road', city: 'City', state: 'ST', postalCode: '100000' };
  const badInputs: Array<[string, Record<string, unknown>]> = [
    ['bio', { bio: 'b'.repeat(2001) }],
    ['website', { website: 'not a url' }],
    ['website', { website: 'ftp://example.com' }],
    ['website', { website: `https://example.com/${'w'.repeat(250)}` }],
    ['location', { location: 'l'.repeat(256) }],
    ['tags', { tags: Array.from({ length: 51 }, (_, i) => `tag${i}`) }],
    ['tags', { tags: ['t'.repeat(51)] }],
    ['preferences', { preferences: { blob: 'p'.repeat(10_001) } }],
    ['preferences', { preferences: 'not an object' }],
    ['taxId', { taxId: 'abc' }],
    ['taxId', { taxId: 'has spaces in it' }],
    ['address.city', { address: { ...address, city: '  ' } }],
    ['address.country', { address: { ...address, country: 'China' } }],
    ['address.type', { address: { ...address, type: 'CASTLE' } }],
    ['address.street', { address: { city: 'c', state: 's', postalCode: 'p' } }],
  ];
  it.each(badInputs)('rejects an invalid %s with BAD_USER_INPUT, changing nothing', async (field, input) => {
    const user = await createUser(server.db.prisma);
    const counts = await rowCounts(server.db.prisma);
    expectBadUserInput(await server.execute(UpdateProfile, { input }, { as: customer(user.id) }), field);
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });

  it('rejects a userId that is not a User ID', async () => {
    expectBadUserInput(
      await server.execute(UpdateProfile, { userId: encodeGlobalID('Order', 1), input: { bio: 'x' } }, { as: admin }),
      'userId',
    );
  });
});
