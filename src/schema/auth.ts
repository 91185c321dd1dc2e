import type { AuthResult } from '../services/auth.js';
import { changePassword, logIn, logOut, signUp } from '../services/auth.js';
import { builder } from './builder.js';
import { UserNode } from './user.js';

const AuthPayload = builder.objectRef<AuthResult>('AuthPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'A bearer token (JWT, HS256) for the Authorization header.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.field({ type: UserNode, resolve: (payload) => payload.user }),
  }),
});

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    username: t.string({ required: true }),
    email: t.field({ type: 'EmailAddress', required: true }),
    password: t.string({ required: true, description: 'At least 8 characters with upper, lower, digit and symbol.' }),
    firstName: t.string({ required: true }),
    lastName: t.string({ required: true }),
    birthDate: t.field({ type: 'Date' }),
    phone: t.field({ type: 'PhoneNumber' }),
  }),
});

const LogInInput = builder.inputType('LogInInput', {
  fields: (t) => ({
    login: t.string({ required: true, description: 'Username or email.' }),
    password: t.string({ required: true }),
  }),
});

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthPayload,
    authScopes: { public: true },
    description: 'Registers a customer and logs them in.',
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: (_root, { input }, context) => signUp(context, input),
  }),
  logIn: t.field({
    type: AuthPayload,
    authScopes: { public: true },
    description:
      'By username or email. Inactive and deleted accounts are refused like a wrong password; failures are rate-limited.',
    args: { input: t.arg({ type: LogInInput, required: true }) },
    resolve: (_root, { input }, context) => logIn(context, input),
  }),
  logOut: t.boolean({
    description: 'Ends every session of the caller: tokens issued before now stop working.',
    authScopes: { authenticated: true },
    resolve: (_root, _args, context) => logOut(context),
  }),
  changePassword: t.boolean({
    description:
      "Changes the signed-in user's own password and ends every earlier session (log in again with the new one).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: (_root, { input }, context) => changePassword(context, input),
  }),
}));
