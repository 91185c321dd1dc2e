import { updateProfile } from '../services/profiles.js';
import { builder } from './builder.js';
import { rowIdOf } from '../lib/global-id.js';
import { AddressInput } from './inputs.js';
import { UserProfileObject } from './user.js';
import { userRowIdOrNone } from './user-mutations.js';

const UpdateProfileInput = builder.inputType('UpdateProfileInput', {
  fields: (t) => ({
    bio: t.string(),
    website: t.string(),
    location: t.string(),
    address: t.field({ type: AddressInput }),
    tags: t.stringList({ description: 'Trimmed, lower-cased and de-duplicated (order kept) before saving.' }),
    preferences: t.field({ type: 'JSONObject' }),
    taxId: t.string({ description: 'Encrypted at rest (AES-256-GCM).' }),
  }),
});

builder.mutationField('updateProfile', (t) =>
  t.field({
    type: UserProfileObject,
    description: 'Creates or updates a profile; userId defaults to the caller. Customers edit only their own.',
    authScopes: (_root, args) =>
      args.userId === null || args.userId === undefined
        ? { authenticated: true }
        : { selfOrAdmin: userRowIdOrNone(args.userId) },
    args: {
      userId: t.arg.id(),
      input: t.arg({ type: UpdateProfileInput, required: true }),
    },
    resolve: (_root, { userId, input }, context) =>
      updateProfile(
        context,
        userId === null || userId === undefined ? context.viewer!.userId : rowIdOf(userId, 'User', 'userId'),
        input,
      ),
  }),
);
