/**
 * Which parts of a compiled read PostgreSQL's JSON already answers as is
 * (transparent objects: nothing rebuilt in JS) and which still go through
 * the schema's serializers. Equality of the two paths' responses is
 * test/read/compiled-reads.test.ts's job; this pins the planner's decisions.
 */
import { getOperationAST, parse } from 'graphql';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../src/db/prisma.js';
import { planOperation, type ObjectPlan, type OperationPlan } from '../../src/execution/read-plan.js';
import { runtimeDataModelOf, sqlModels } from '../../src/execution/sql-models.js';
import { formatMoney } from '../../src/lib/money.js';
import { schema } from '../../src/schema/index.js';

// Never connected: the client is only asked for its datamodel.
const pool = new pg.Pool({ connectionString: 'postgresql://unused@127.0.0.1:1/unused' });
const models = sqlModels(runtimeDataModelOf(createPrismaClient(pool))!);
afterAll(() => pool.end());

function planOf(query: string): OperationPlan {
  const document = parse(query);
  const plan = planOperation(schema, models, document, getOperationAST(document)!, {});
  if (!plan) throw new Error(`not compilable: ${query}`);
  return plan;
}

function nodeOf(query: string): ObjectPlan {
  const root = planOf(query).roots[0]!;
  if (root.kind !== 'connection' || !root.connection.node) throw new Error('expected a connection with nodes');
  return root.connection.node.object;
}

describe('transparent objects', () => {
  it('a node of strings, money and a nullable relation is passed through', () => {
    const node = nodeOf('{ products(first: 20) { nodes { __typename name sku price category { name slug } } } }');
    expect(node.transparent).toBe(true);
    expect(node.nullChecks).toEqual([]);
    const sql = node.json({ childPage: () => expect.fail('no page') }).text;
    expect(sql).toContain(`'__typename', 'Product'`);
    expect(sql).toContain(`'price', round(`);
    expect(sql).not.toMatch(/'k\d+'/);
    // The category is a LEFT JOIN of the node's own FROM, not a subquery per row.
    expect(sql).toMatch(/'category', CASE WHEN c\d+\."id" IS NULL THEN NULL ELSE json_build_object/);
    expect(node.joins.text).toMatch(/^ LEFT JOIN "categories" c\d+ ON c\d+\."id" = c\d+\."category_id"$/);
  });

  it('enums, integers, booleans and lists of strings are transparent; items and their products too', () => {
    const node = nodeOf(
      '{ orders(first: 5) { nodes { orderNumber status totalAmount items { quantity unitPrice product { isActive tags } } } } }',
    );
    expect(node.transparent).toBe(true);
  });

  it('global IDs, date-times, computed fields and validated scalars are rebuilt', () => {
    for (const selection of ['id', 'createdAt', 'itemCount', 'customer { email }']) {
      const node = nodeOf(`{ orders(first: 5) { nodes { orderNumber ${selection} } } }`);
      expect(node.transparent, selection).toBe(false);
    }
  });

  it('a parent with a nested connection is rebuilt while its page nodes stay transparent', () => {
    const root = planOf('query($id: ID!) { user(id: $id) { username orders(first: 2) { nodes { orderNumber } } } }')
      .roots[0]!;
    if (root.kind !== 'lookup') throw new Error('expected a lookup');
    expect(root.object.transparent).toBe(false);
    const orders = root.object.fields.find((field) => field.kind === 'connection');
    if (orders?.kind !== 'connection') throw new Error('expected the orders connection');
    expect(orders.connection.node?.object.transparent).toBe(true);
  });
});

describe('money written by PostgreSQL', () => {
  // round(x, 2)::text for the values numeric(12,2) holds, and what the Decimal scalar makes of other scales.
  it.each([
    ['0.00', '0'],
    ['12.50', '12.5'],
    ['1.01', '1.005'],
    ['-1.01', '-1.005'],
    ['9999999999.99', '9999999999.99'],
  ])('%s is what the scalar serialises %s to', (sqlText, input) => {
    expect(formatMoney(input)).toBe(sqlText);
  });
});
