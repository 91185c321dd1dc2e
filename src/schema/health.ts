import { checkHealth } from '../services/health.js';
import { builder } from './builder.js';

const Health = builder.simpleObject('Health', {
  fields: (t) => ({
    status: t.string({ description: '"ok" when every dependency answers, "degraded" otherwise.' }),
    database: t.boolean({ description: 'Whether the database answered within the timeout.' }),
    version: t.string(),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    authScopes: { public: true },
    description: 'Liveness of the API and its database.',
    resolve: (_root, _args, context) => checkHealth(context.prisma, context.config.READY_TIMEOUT_MS),
  }),
);
