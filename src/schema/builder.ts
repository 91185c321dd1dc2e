import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ZodPlugin from '@pothos/plugin-zod';
import type { Prisma } from '../db/prisma.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { Context } from '../context.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../errors.js';
import { hasRowId, MAX_NODES, nodeAccessErrors, nullWhenMissing } from './node.js';
import {
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  EmailAddressScalar,
  JSONObjectScalar,
  PhoneNumberScalar,
} from './scalars.js';
import { canActFor, viewerScopes } from '../auth/policy.js';
import { decodeGlobalId, globalIdOf } from '../lib/global-id.js';

export interface AuthScopes {
  /** Anyone, signed in or not: said explicitly on every public root field. */
  public: boolean;
  /** Any signed-in user. */
  authenticated: boolean;
  admin: boolean;
  /** The signed-in user is this user row id (or an admin). */
  selfOrAdmin: number;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    Date: { Input: Date; Output: Date | string };
    Decimal: { Input: Prisma.Decimal; Output: Prisma.Decimal | string | number };
    EmailAddress: { Input: string; Output: string };
    PhoneNumber: { Input: string; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: object };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, SimpleObjectsPlugin, ZodPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      ...viewerScopes(context.viewer),
      selfOrAdmin: (userId) => canActFor(context.viewer, userId),
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer === null ? new UnauthenticatedError() : new ForbiddenError(),
  },
  prisma: {
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    onUnusedQuery: process.env['NODE_ENV'] === 'production' ? null : 'warn',
  },
  relay: {
    cursorType: 'String',
    clientMutationId: 'omit',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // A malformed global ID in any ID argument is the client's mistake, not an internal error.
    encodeGlobalID: globalIdOf,
    decodeGlobalID: (globalID) => {
      const decoded = decodeGlobalId(globalID);
      if (!decoded) throw new BadUserInputError(`"${globalID.slice(0, 64)}" is not a valid ID`);
      return decoded;
    },
    // node/nodes: owners looked up in src/schema/node.ts, the rule in src/auth/policy.ts.
    nodeQueryOptions: {
      authScopes: { public: true },
      resolve: async (_root, args, context, _info, resolveNode) => {
        const [error] = await nodeAccessErrors(context, [args.id]);
        if (error) throw error;
        return hasRowId(args.id) ? nullWhenMissing(resolveNode(args.id)) : null;
      },
    },
    nodesQueryOptions: {
      authScopes: { public: true },
      resolve: async (_root, args, context, _info, resolveNodes) => {
        if (args.ids.length > MAX_NODES) throw new BadUserInputError(`At most ${MAX_NODES} ids per call`, 'ids');
        const errors = await nodeAccessErrors(context, args.ids);
        // Pothos' resolveNodes loads `args.ids` as it stands when called and skips null entries: forbidden
        // ids and ids that cannot name a row are not loaded. Nodes are `nullable`, so a missing row is null.
        const loadable = args.ids.map((id, index) => (errors[index] || !hasRowId(id) ? null : id));
        (args as { ids: unknown }).ids = loadable;
        const nodes = loadable.some(Boolean) ? await resolveNodes(args.ids) : [];
        return loadable.map((_id, index) => {
          const error = errors[index];
          return error ? Promise.reject(error) : (nodes[index] ?? null);
        });
      },
    },
  },
  zod: {
    validationError: (zodError) => {
      const issue = zodError.issues[0];
      const field =
        issue?.path
          .map(String)
          .filter((part) => part !== 'input')
          .join('.') || undefined;
      return new BadUserInputError(issue?.message ?? 'Invalid input', field);
    },
  },
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Date', DateScalar);
builder.addScalarType('Decimal', DecimalScalar);
builder.addScalarType('EmailAddress', EmailAddressScalar);
builder.addScalarType('PhoneNumber', PhoneNumberScalar);
builder.addScalarType('JSONObject', JSONObjectScalar);

builder.queryType({});
builder.mutationType({});
