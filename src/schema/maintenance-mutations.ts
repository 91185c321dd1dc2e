import { cleanupOldRecords } from '../services/cleanup.js';
import { builder } from './builder.js';

const CleanupPayload = builder.simpleObject('CleanupPayload', {
  fields: (t) => ({
    dryRun: t.boolean(),
    cancelledOrders: t.int({ description: 'Cancelled orders removed (or, in a dry run, that would be).' }),
    inactiveUsers: t.int({ description: 'Inactive users without orders removed (or that would be).' }),
  }),
});

builder.mutationFields((t) => ({
  cleanupOldRecords: t.field({
    type: CleanupPayload,
    description:
      'Admins only: deletes CANCELLED orders cancelled before the cutoff and inactive users created before it that never ordered. dryRun (the default) only counts.',
    authScopes: { admin: true },
    args: {
      olderThanDays: t.arg.int({
        defaultValue: 30,
        validate: { min: [1, { message: 'must be at least 1' }], max: [36_500, { message: 'must be at most 36500' }] },
      }),
      dryRun: t.arg.boolean({ defaultValue: true }),
    },
    resolve: (_root, { olderThanDays, dryRun }, context) =>
      cleanupOldRecords(context, { olderThanDays: olderThanDays ?? 30, dryRun: dryRun ?? true }),
  }),
}));
