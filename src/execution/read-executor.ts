/**
 * Runs an OperationPlan (read-plan.ts): one statement per root field (its
 * nested connections' pages are inside it, see childPageJson), then
 * turns the JSON rows into the response with the schema's own serializers.
 * Anything unexpected (an access rule that says no, a bad argument, a null
 * where the schema says non-null, a database error) abandons the compiled
 * result: the caller then runs the normal executor, which answers with the
 * resolvers' own data or errors. Nothing here writes.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values.js';
import type { Context } from '../context.js';
import { Prisma, rawSqlOf } from '../db/prisma.js';
import { globalIdOf } from '../lib/global-id.js';
import {
  childPageFromJson,
  fetchPage,
  pageRequest,
  type ChildKeysetList,
  type ChildPageJson,
  type Page,
  type PageRequest,
} from '../queries/keyset.js';
import { viewerScopes } from '../auth/policy.js';
import type {
  ArgumentsPlan,
  ConnectionPlan,
  FieldPlan,
  NullCheck,
  ObjectPlan,
  OperationPlan,
  RenderEnv,
  RootPlan,
} from './read-plan.js';
import { NotCompilable, notCompilable } from './not-compilable.js';
import { column } from './sql-models.js';

type Json = Record<string, unknown>;

const parsed = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

function granted(plan: OperationPlan, context: Context): boolean {
  const scopes = viewerScopes(context.viewer) as Record<string, boolean>;
  // Pothos' object form: any one scope granted is enough.
  return plan.scopes.every((required) =>
    Object.entries(required).some(([scope, value]) => value === true && scopes[scope] === true),
  );
}

function argumentsOf(plan: ArgumentsPlan, variables: Record<string, unknown>): Record<string, unknown> {
  const args = getArgumentValues(plan.field as never, plan.fieldNode, variables);
  for (const name of plan.validatedArgs) {
    if (args[name] !== undefined && args[name] !== null) {
      notCompilable(`${plan.field.name}(${name}) is validated by its resolver`);
    }
  }
  return args;
}

/** The request's side of rendering: each nested connection's list and page, worked out once per request. */
function renderEnv(context: Context, variables: Record<string, unknown>): RenderEnv {
  const pages = new Map<ConnectionPlan, { list: ChildKeysetList; request: PageRequest }>();
  return {
    childPage(connection) {
      let entry = pages.get(connection);
      if (!entry) {
        const args = argumentsOf(connection, variables);
        const list = connection.read.list(context, args);
        if (!('parent' in list)) return notCompilable(`${connection.field.name} is not a child list`);
        entry = { list, request: pageRequest(args) };
        pages.set(connection, entry);
      }
      return entry;
    },
  };
}

/** A transparent object's null checks (a null where the schema says non-null sends the operation to the executor). */
function checkNulls(checks: readonly NullCheck[], raw: Json): void {
  for (const check of checks) {
    const value = raw[check.key] as Json | Json[] | null | undefined;
    if (value === null || value === undefined) {
      if (check.nonNull) notCompilable(`null for non-null ${check.key}`);
      continue;
    }
    const object = check.object;
    if (!object) continue;
    if (Array.isArray(value)) for (const item of value) checkNulls(object.nullChecks, item);
    else checkNulls(object.nullChecks, value);
  }
}

function materializeObject(plan: ObjectPlan, raw: Json, env: RenderEnv): Json {
  if (plan.transparent) {
    if (plan.nullChecks.length > 0) checkNulls(plan.nullChecks, raw);
    return raw;
  }
  const out: Json = {};
  for (const field of plan.fields) materializeField(field, raw, out, env);
  return out;
}

function materializeField(field: FieldPlan, raw: Json, out: Json, env: RenderEnv): void {
  switch (field.kind) {
    case 'typename':
      out[field.key] = field.value;
      return;
    case 'globalId':
      out[field.key] = globalIdOf(field.typeName, raw[field.key] as number);
      return;
    case 'leaf': {
      const value = raw[field.key];
      if (value === null || value === undefined) {
        if (field.nonNull) notCompilable(`null for non-null ${field.key}`);
        out[field.key] = null;
        return;
      }
      if (field.transparent) {
        out[field.key] = value;
        return;
      }
      const one = (item: unknown) => field.type.serialize(field.convert ? field.convert(item) : item);
      out[field.key] = field.list ? (value as unknown[]).map(one) : one(value);
      return;
    }
    case 'object': {
      const value = raw[field.key] as Json | Json[] | null;
      if (value === null || value === undefined) {
        if (field.nonNull) notCompilable(`null for non-null ${field.key}`);
        out[field.key] = null;
        return;
      }
      out[field.key] = Array.isArray(value)
        ? value.map((item) => materializeObject(field.object, item, env))
        : materializeObject(field.object, value, env);
      return;
    }
    case 'connection': {
      const { list, request } = env.childPage(field.connection);
      const page = childPageFromJson(list, request, raw[field.key] as ChildPageJson);
      out[field.key] = materializeConnection(field.connection, page, env);
    }
  }
}

function materializeConnection(plan: ConnectionPlan, page: Page, env: RenderEnv): Json {
  const object = plan.node?.object;
  const nodes = object ? page.rows.map((row) => materializeObject(object, parsed(row.node) as Json, env)) : [];
  const out: Json = {};
  for (const field of plan.fields) {
    switch (field.kind) {
      case 'typename':
        out[field.key] = field.value;
        break;
      case 'totalCount':
        out[field.key] = page.totalCount;
        break;
      case 'nodes':
        out[field.key] = nodes;
        break;
      case 'edges':
        out[field.key] = page.rows.map((row, index) => {
          const edge: Json = {};
          for (const entry of field.fields) {
            edge[entry.key] = entry.name === 'cursor' ? row.cursor : entry.name === 'node' ? nodes[index] : entry.value;
          }
          return edge;
        });
        break;
      case 'pageInfo': {
        const info: Json = {};
        for (const entry of field.fields) {
          if (entry.name === '__typename') info[entry.key] = entry.value;
          else if (entry.name === 'hasNextPage') info[entry.key] = page.hasNextPage;
          else if (entry.name === 'hasPreviousPage') info[entry.key] = page.hasPreviousPage;
          else if (entry.name === 'startCursor') info[entry.key] = page.rows[0]?.cursor ?? null;
          else info[entry.key] = page.rows.at(-1)?.cursor ?? null;
        }
        out[field.key] = info;
        break;
      }
    }
  }
  return out;
}

async function rootValue(
  root: RootPlan,
  context: Context,
  variables: Record<string, unknown>,
  env: RenderEnv,
): Promise<unknown> {
  if (root.kind === 'typename') return root.value;
  if (root.kind === 'connection') {
    const { connection } = root;
    const args = argumentsOf(connection, variables);
    const list = connection.read.list(context, args);
    const page = await fetchPage(
      rawSqlOf(context.prisma),
      list,
      pageRequest(args),
      connection.withTotal,
      connection.node?.column(env),
    );
    return materializeConnection(connection, page, env);
  }
  const args = argumentsOf(root, variables);
  const { model, json } = root.object;
  const find = async (where: Record<string, unknown>) => {
    const conditions = Object.entries(where).map(([name, value]) => {
      const info = model.columns.get(name) ?? notCompilable(`lookup by ${name}`);
      return Prisma.sql`${column(root.alias, info.column)} = ${value}`;
    });
    const needs = root.read.needs.map((name) => {
      const info = model.columns.get(name) ?? notCompilable(`lookup needs ${name}`);
      return Prisma.sql`, ${column(root.alias, info.column)} AS ${Prisma.raw(`"${name}"`)}`;
    });
    const rows = await rawSqlOf(context.prisma)<Json>(Prisma.sql`
      SELECT ${json(env)} AS "$node"${Prisma.join(needs, '')}
      FROM ${model.table} ${Prisma.raw(root.alias)}${root.object.joins}
      WHERE ${Prisma.join(conditions, ' AND ')}`);
    return rows[0] ?? null;
  };
  const row = await root.read.resolve(context, args, find);
  if (row === null) {
    if (root.nonNull) notCompilable(`null for non-null ${root.key}`);
    return null;
  }
  return materializeObject(root.object, parsed(row['$node']) as Json, env);
}

/**
 * The operation's result, or null when the compiled path cannot answer it
 * the way the resolvers would (the caller runs the normal executor then).
 */
export async function executePlan(
  plan: OperationPlan,
  context: Context,
  variables: Record<string, unknown>,
): Promise<ExecutionResult | null> {
  if (!granted(plan, context)) return null;
  try {
    const env = renderEnv(context, variables);
    const values = await Promise.all(plan.roots.map((root) => rootValue(root, context, variables, env)));
    const data: Json = {};
    plan.roots.forEach((root, index) => {
      data[root.key] = values[index];
    });
    return { data };
  } catch (error) {
    if (error instanceof NotCompilable || error instanceof GraphQLError) return null;
    // A database error or a bug: the normal executor runs the same operation and reports what it meets.
    context.log.warn({ err: error, requestId: context.requestId }, 'compiled read failed; executing normally');
    return null;
  }
}
