import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import type { User } from '../../src/generated/prisma/client.js';
import { graphql } from '../generated/index.js';
import { createAdmin, createUser, DEFAULT_PASSWORD } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, errorCodes, type GraphQLResponse, type TestServer } from '../support/server.js';

/**
 * Who may call each auth/user mutation: anonymous, a customer acting on
 * themself, a customer acting on another user, an admin (on another user).
 * A refused call answers with the code and changes no table.
 */

const SignUp = graphql(`
  mutation AuthzSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
    }
  }
`);
const LogIn = graphql(`
  mutation AuthzLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
    }
  }
`);
const ChangePassword = graphql(`
  mutation AuthzChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
const CreateUser = graphql(`
  mutation AuthzCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      rowId
    }
  }
`);
const UpdateUser = graphql(`
  mutation AuthzUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      rowId
    }
  }
`);
const UpdateProfile = graphql(`
  mutation AuthzUpdateProfile($userId: ID, $input: UpdateProfileInput!) {
    updateProfile(userId: $userId, input: $input) {
      bio
    }
  }
`);
const ImportUsers = graphql(`
  mutation AuthzImportUsers($input: ImportUsersInput!) {
    importUsers(input: $input) {
      createdCount
    }
  }
`);
const SetUsersActive = graphql(`
  mutation AuthzSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {
    setUsersActive(ids: $ids, isActive: $isActive) {
      count
    }
  }
`);
const SoftDeleteUser = graphql(`
  mutation AuthzSoftDeleteUser($id: ID!) {
    softDeleteUser(id: $id) {
      rowId
    }
  }
`);
const RestoreUser = graphql(`
  mutation AuthzRestoreUser($id: ID!) {
    restoreUser(id: $id) {
      rowId
    }
  }
`);
const DeleteUser = graphql(`
  mutation AuthzDeleteUser($id: ID!, $cascade: Boolean) {
    deleteUser(id: $id, cascade: $cascade) {
      deletedUserId
    }
  }
`);

type Actor = 'anonymous' | 'customer on self' | 'customer on another' | 'admin';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

interface Call {
  as: Viewer | null;
  /** The user acted upon: the caller itself for "customer on self", another user otherwise. */
  target: User;
}

interface Case {
  mutation: string;
  setup?: (target: User) => Promise<void>;
  run: (call: Call) => Promise<GraphQLResponse<unknown>>;
  expected: Record<Actor, Outcome>;
}

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ config: { TRUST_PROXY: 'true' } });
});
afterAll(() => server.close());

const id = (user: User) => encodeGlobalID('User', user.id);
let n = 0;
const fresh = () => `authz${++n}`;
const options = (call: Call) => ({
  as: call.as,
  headers: { 'x-forwarded-for': `10.77.${Math.floor(n / 250)}.${n % 250}` },
});

const everyone: Record<Actor, Outcome> = {
  anonymous: 'ok',
  'customer on self': 'ok',
  'customer on another': 'ok',
  admin: 'ok',
};
const signedIn: Record<Actor, Outcome> = { ...everyone, anonymous: 'UNAUTHENTICATED' };
const selfOrAdmin: Record<Actor, Outcome> = { ...signedIn, 'customer on another': 'FORBIDDEN' };
const adminOnly: Record<Actor, Outcome> = {
  ...signedIn,
  'customer on self': 'FORBIDDEN',
  'customer on another': 'FORBIDDEN',
};

const cases: Case[] = [
  {
    mutation: 'signUp',
    run: (call) => {
      const name = fresh();
      return server.execute(
        SignUp,
        {
          input: {
            username: name,
            email: `${name}@example.com`,
            password: 'Str0ng!pass',
            firstName: 'A',
            lastName: 'Z',
          },
        },
        options(call),
      );
    },
    expected: everyone,
  },
  {
    mutation: 'logIn',
    run: (call) =>
      server.execute(LogIn, { input: { login: call.target.username, password: DEFAULT_PASSWORD } }, options(call)),
    expected: everyone,
  },
  {
    mutation: 'changePassword (always the caller’s own)',
    run: (call) =>
      server.execute(
        ChangePassword,
        { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'Chang3d!pass' } },
        options(call),
      ),
    expected: signedIn,
  },
  {
    mutation: 'createUser',
    run: (call) => {
      const name = fresh();
      return server.execute(
        CreateUser,
        {
          input: {
            username: name,
            email: `${name}@example.com`,
            password: 'Str0ng!pass',
            firstName: 'A',
            lastName: 'Z',
          },
        },
        options(call),
      );
    },
    expected: adminOnly,
  },
  {
    mutation: 'updateUser',
    run: (call) => server.execute(UpdateUser, { id: id(call.target), input: { firstName: 'Changed' } }, options(call)),
    expected: selfOrAdmin,
  },
  {
    mutation: 'updateUser changing role',
    run: (call) => server.execute(UpdateUser, { id: id(call.target), input: { role: 'ADMIN' } }, options(call)),
    expected: { ...selfOrAdmin, 'customer on self': 'FORBIDDEN' },
  },
  {
    mutation: 'updateUser changing isActive',
    run: (call) => server.execute(UpdateUser, { id: id(call.target), input: { isActive: false } }, options(call)),
    expected: { ...selfOrAdmin, 'customer on self': 'FORBIDDEN' },
  },
  {
    mutation: 'updateProfile',
    run: (call) => server.execute(UpdateProfile, { userId: id(call.target), input: { bio: 'Changed' } }, options(call)),
    expected: selfOrAdmin,
  },
  {
    mutation: 'importUsers',
    run: (call) => {
      const name = fresh();
      return server.execute(
        ImportUsers,
        {
          input: {
            users: [
              { username: name, email: `${name}@example.com`, password: 'Str0ng!pass', firstName: 'A', lastName: 'Z' },
            ],
          },
        },
        options(call),
      );
    },
    expected: adminOnly,
  },
  {
    mutation: 'setUsersActive',
    run: (call) => server.execute(SetUsersActive, { ids: [id(call.target)], isActive: false }, options(call)),
    expected: adminOnly,
  },
  {
    mutation: 'softDeleteUser',
    run: (call) => server.execute(SoftDeleteUser, { id: id(call.target) }, options(call)),
    expected: selfOrAdmin,
  },
  {
    mutation: 'restoreUser',
    setup: async (target) => {
      await server.db.prisma.user.update({
        where: { id: target.id },
        data: { deletedAt: new Date(), isActive: false },
      });
    },
    run: (call) => server.execute(RestoreUser, { id: id(call.target) }, options(call)),
    // A deleted account's own tokens no longer authenticate.
    expected: { ...adminOnly, 'customer on self': 'UNAUTHENTICATED' },
  },
  {
    mutation: 'deleteUser',
    run: (call) => server.execute(DeleteUser, { id: id(call.target), cascade: true }, options(call)),
    expected: adminOnly,
  },
];

const actors: Actor[] = ['anonymous', 'customer on self', 'customer on another', 'admin'];
const matrix = cases.flatMap((testCase) =>
  actors.map((actor) => [testCase.mutation, actor, testCase.expected[actor], testCase] as const),
);

describe('authorization matrix of the auth and user mutations', () => {
  it.each(matrix)('%s as %s → %s', async (_mutation, actor, expected, testCase) => {
    const self = await createUser(server.db.prisma);
    const other = await createUser(server.db.prisma);
    const admin = await createAdmin(server.db.prisma);
    const call: Call =
      actor === 'anonymous'
        ? { as: null, target: other }
        : actor === 'customer on self'
          ? { as: { userId: self.id, role: 'CUSTOMER' }, target: self }
          : actor === 'customer on another'
            ? { as: { userId: self.id, role: 'CUSTOMER' }, target: other }
            : { as: { userId: admin.id, role: 'ADMIN' }, target: other };
    await testCase.setup?.(call.target);
    const counts = await rowCounts(server.db.prisma);

    const response = await testCase.run(call);

    if (expected === 'ok') {
      expect(response.errors).toBeUndefined();
      expect(response.data).toBeTruthy();
    } else {
      expect(errorCodes(response)).toEqual([expected]);
      expect(response.data ?? null).toBeNull();
      expect(await rowCounts(server.db.prisma)).toEqual(counts);
    }
  });
});
