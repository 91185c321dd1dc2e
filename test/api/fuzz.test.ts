import { encodeGlobalID } from '@pothos/plugin-relay';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/auth/viewer.js';
import { schema } from '../../src/schema/index.js';
import { createAdmin, createCategory, createOrder, createProduct, createUser } from '../support/factories.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, type TestServer } from '../support/server.js';

/**
 * Property-based fuzzing of every Query and Mutation field: hostile values
 * for each argument (by its declared type), sent as variables by an admin, a
 * customer and an anonymous caller. Whatever is sent, the server answers
 * without INTERNAL_SERVER_ERROR, without a 5xx, without a stack, SQL or file
 * path, and a failed mutation changes no row.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261202);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Operations that end the fuzzer's own sessions. */
const SKIPPED = new Set(['logOut', 'changePassword']);

let server: TestServer;
let viewers: (Viewer | null)[] = [];
let knownIds: string[] = [];

beforeAll(async () => {
  server = await createTestServer();
  const admin = await createAdmin(server.db.prisma);
  const customer = await createUser(server.db.prisma);
  const category = await createCategory(server.db.prisma);
  const product = await createProduct(server.db.prisma, { categoryId: category.id, stockQuantity: 5 });
  const order = await createOrder(server.db.prisma, customer.id, [
    { productId: product.id, quantity: 1, unitPrice: '10.00' },
  ]);
  viewers = [{ userId: admin.id, role: 'ADMIN' }, { userId: customer.id, role: 'CUSTOMER' }, null];
  knownIds = [
    encodeGlobalID('User', admin.id),
    encodeGlobalID('User', customer.id),
    encodeGlobalID('Product', product.id),
    encodeGlobalID('Category', category.id),
    encodeGlobalID('Order', order.id),
  ];
});
afterAll(() => server?.close());

const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    "' OR 1=1 --",
    '%_\\',
    '😀'.repeat(50),
    '\uD800',
    'null',
    '0',
    '-1',
    '1e999',
  ),
  fc.string({ minLength: 150, maxLength: 400 }),
  fc.constant('x'.repeat(12_000)),
);

const hostileId = () =>
  fc.oneof(
    fc.constantFrom(...knownIds),
    fc
      .constantFrom('User', 'Product', 'Order', 'Category', 'OrderItem', 'Nope')
      .chain((type) =>
        fc
          .oneof(
            fc.constantFrom('0', '-1', '2147483648', '999999999999', 'abc', '1e0', '01', ''),
            fc.integer({ min: 1, max: 10_000 }).map(String),
          )
          .map((id) => encodeGlobalID(type, id)),
      ),
    hostileString,
  );

const SCALARS: Record<string, () => fc.Arbitrary<unknown>> = {
  String: () => hostileString,
  ID: hostileId,
  Int: () => fc.oneof(fc.integer(), fc.constantFrom(0, -1, 101, 2_147_483_647, -2_147_483_648, 1_000_000)),
  Float: () => fc.double(),
  Boolean: () => fc.boolean(),
  Decimal: () =>
    fc.oneof(
      fc.constantFrom('0', '-0.01', '12.50', '99999999999', '9999999999.99', '1.999', 'NaN', '1e3', ''),
      fc.integer().map(String),
      fc.double().map(String),
    ),
  DateTime: () =>
    fc.oneof(
      fc.constantFrom(
        '0000-01-01T00:00:00Z',
        '2024-02-30T00:00:00Z',
        '9999-12-31T23:59:59Z',
        '2026-01-01T00:00:00Z',
        'yesterday',
        '',
      ),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
  Date: () => fc.constantFrom('0000-01-01', '2024-02-30', '1990-05-17', '2999-01-01', 'x'),
  EmailAddress: () => fc.oneof(fc.emailAddress(), hostileString),
  PhoneNumber: () => fc.constantFrom('+8613800138000', '13800138000', '123', 'phone', ''),
  JSONObject: () =>
    fc.oneof(fc.object(), fc.constant({ deep: { deeper: { deepest: '\u0000' } } }), fc.constant('nope')),
};

function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const required = isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let value: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    value =
      depth > 3 ? fc.constant([]) : fc.array(valueFor(inner.ofType as GraphQLInputType, depth + 1), { maxLength: 3 });
  } else if (isInputObjectType(inner)) {
    if (depth > 3) value = fc.constant({});
    else {
      const fields = Object.values(inner.getFields());
      value = fc.record(Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, depth + 1)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      });
    }
  } else if (isEnumType(inner)) {
    value = fc.constantFrom(...inner.getValues().map((entry) => entry.value as unknown));
  } else {
    value = (SCALARS[inner.name] ?? (() => hostileString))();
  }
  return required ? value : fc.option(value, { nil: null });
}

function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isObjectType(named) || isAbstractType(named)) return '{ __typename }';
  return '';
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operations(): Operation[] {
  const queries = Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field }));
  const mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
    kind: 'mutation' as const,
    field,
  }));
  return [...queries, ...mutations].filter((operation) => !SKIPPED.has(operation.field.name));
}

function documentFor({ kind, field }: Operation): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selectionFor(field.type)} }`;
}

const LEAKS = [
  /\n\s+at /,
  /\bat [\w.<>]+ \(/,
  /file:\/\//,
  /node_modules/,
  /\.ts:\d+/,
  /\bSELECT\b/,
  /\bINSERT INTO\b/,
  /prisma/i,
  /stack/i,
  /\/work\//,
];

describe('fuzzing every operation with hostile arguments', () => {
  it(`never answers with an internal error, a 5xx or a leak, and failed mutations change nothing (${RUNS} runs, seed ${SEED})`, {
    timeout: 600_000,
  }, async () => {
    const all = operations();
    const byName = new Map(all.map((operation) => [operation.field.name, operation]));
    const caseOf = fc.constantFrom(...byName.keys()).chain((name) =>
      fc.record({
        name: fc.constant(name),
        variables: fc.record(
          Object.fromEntries(byName.get(name)!.field.args.map((arg) => [arg.name, valueFor(arg.type, 0)])),
        ),
        viewer: fc.constantFrom(0, 1, 2),
      }),
    );
    await fc.assert(
      fc.asyncProperty(caseOf, async ({ name, variables, viewer }) => {
        const operation = byName.get(name)!;
        const before = operation.kind === 'mutation' ? await rowCounts(server.db.prisma) : null;
        const viewerOf = viewers[viewer];
        const token = viewerOf ? await server.tokenFor(viewerOf) : undefined;
        const response = await server.yoga.fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: documentFor(operation), variables }),
        });
        const text = await response.text();
        expect(response.status, text).toBeLessThan(500);
        const body = JSON.parse(text) as {
          data?: Record<string, unknown> | null;
          errors?: { extensions?: Record<string, unknown> }[];
        };
        const codes = (body.errors ?? []).map((error) => error.extensions?.['code']);
        expect(codes, `${operation.field.name}: ${text.slice(0, 500)}`).not.toContain('INTERNAL_SERVER_ERROR');
        for (const leak of LEAKS) expect(text, operation.field.name).not.toMatch(leak);
        if (before && (body.data?.[operation.field.name] ?? null) === null && codes.length > 0) {
          expect(await rowCounts(server.db.prisma), `${operation.field.name} failed but changed rows`).toEqual(before);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });

  it('covers every Query and Mutation field', () => {
    const names = operations().map((operation) => operation.field.name);
    expect(names).toContain('placeOrder');
    expect(names).toContain('products');
    expect(names.length).toBeGreaterThan(40);
  });
});
