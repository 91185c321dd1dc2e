import { importUsers, type ImportResult, type ImportRowError } from '../services/user-import.js';
import { builder } from './builder.js';
import { CreateUserInput } from './user-mutations.js';
import { UserNode } from './user.js';

const ImportUsersInput = builder.inputType('ImportUsersInput', {
  fields: (t) => ({
    users: t.field({ type: [CreateUserInput], required: true }),
    batchSize: t.int({ defaultValue: 100, description: 'Rows per savepoint; a failing batch is retried row by row.' }),
  }),
});

const ImportError = builder.objectRef<ImportRowError>('ImportError').implement({
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position in the input list.' }),
    field: t.exposeString('field', { nullable: true }),
    code: t.exposeString('code', {
      description:
        'INVALID_USERNAME, INVALID_EMAIL, WEAK_PASSWORD, INVALID_NAME, INVALID_BIRTH_DATE, INVALID_PHONE, DUPLICATE_IN_INPUT, ALREADY_EXISTS or ROW_FAILED.',
    }),
    message: t.exposeString('message'),
  }),
});

const ImportUsersPayload = builder.objectRef<ImportResult>('ImportUsersPayload').implement({
  fields: (t) => ({
    createdCount: t.int({ resolve: (result) => result.users.length }),
    users: t.field({ type: [UserNode], resolve: (result) => result.users }),
    errors: t.field({ type: [ImportError], resolve: (result) => result.errors }),
  }),
});

builder.mutationField('importUsers', (t) =>
  t.field({
    type: ImportUsersPayload,
    description: 'Admins only. One transaction; good rows persist, each bad row is reported with its index and reason.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ImportUsersInput, required: true }) },
    resolve: (_root, { input }, context) => importUsers(context, input.users, input.batchSize ?? 100),
  }),
);
