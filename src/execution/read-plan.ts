/**
 * Plans a query operation into SQL that builds each node as JSON, so that a
 * root field and everything hanging off it, nested connections included, is
 * ONE statement and no resolver runs. Only what the planner
 * knows to be equal to the resolvers is planned; anything else makes the
 * whole operation "not compilable" and it runs through the normal executor.
 *
 * Known: Prisma-backed object types (Pothos prismaObject / prismaNode) with
 * exposed columns, the relay `id`, relations without arguments, fields that
 * carry a compiled read (src/execution/compiled-fields.ts: connections,
 * lookups, SQL expressions); connection types (edges, nodes, pageInfo,
 * totalCount); __typename; fragments; @skip / @include.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Prisma } from '../db/prisma.js';
import { childPageJson, type ChildKeysetList, type NodeColumn, type PageRequest } from '../queries/keyset.js';
import { COMPILED_READ, type CompiledRead } from './compiled-fields.js';
import { NotCompilable, notCompilable } from './not-compilable.js';
import { collectFields, subSelections, type SelectionScope } from './selection.js';
import { columnEncoding, fromJson } from './leaf-values.js';
import { column, type ModelInfo, type SqlModels } from './sql-models.js';

export interface LeafPlan {
  kind: 'leaf';
  key: string;
  /** The SQL JSON value is the serialised value already. */
  transparent: boolean;
  nonNull: boolean;
  list: boolean;
  type: GraphQLLeafType;
  convert: ((value: unknown) => unknown) | undefined;
}

/** What rendering needs from the request: a nested connection's list and page, from its arguments. */
export interface RenderEnv {
  childPage(connection: ConnectionPlan): { list: ChildKeysetList; request: PageRequest };
}

export interface ObjectPlan {
  typeName: string;
  model: ModelInfo;
  fields: FieldPlan[];
  /**
   * The SQL JSON (keyed by response keys, in selection order) is the
   * response value itself once `nullChecks` pass: nothing is rebuilt.
   */
  transparent: boolean;
  /** In a transparent object: the keys that may come back null where the schema says non-null, and children to check. */
  nullChecks: NullCheck[];
  /** JSON of one row over its alias; the same SQL each time unless a nested connection depends on arguments. */
  json: (env: RenderEnv) => Prisma.Sql;
  /**
   * The LEFT JOINs `json` needs after the row's own table (its to-one
   * relations, theirs below them): PostgreSQL plans them as joins, with
   * index scans, where a subquery per row would often scan a small table.
   */
  joins: Prisma.Sql;
  /** Whether `json` is the same for every request (no nested connection below). */
  fixed: boolean;
}

/** For JSON that depends on no request (a fixed ObjectPlan never asks). */
const NO_ENV: RenderEnv = {
  childPage: () => notCompilable('a fixed plan asked for a page'),
};

export interface NullCheck {
  key: string;
  nonNull: boolean;
  /** A transparent child object (or list of them) with checks of its own. */
  object?: ObjectPlan;
}

/** A json_build_object pair, fixed at planning or rendered per request. */
type SqlPart = Prisma.Sql | ((env: RenderEnv) => Prisma.Sql);

export type FieldPlan =
  | LeafPlan
  | { kind: 'typename'; key: string; value: string }
  | { kind: 'globalId'; key: string; typeName: string }
  | { kind: 'object'; key: string; nonNull: boolean; list: boolean; object: ObjectPlan }
  | { kind: 'connection'; key: string; connection: ConnectionPlan };

export type ConnectionFieldPlan =
  | { kind: 'typename'; key: string; value: string }
  | { kind: 'totalCount'; key: string }
  | { kind: 'pageInfo'; key: string; fields: { key: string; name: string; value?: string }[] }
  | { kind: 'nodes'; key: string }
  | { kind: 'edges'; key: string; fields: { key: string; name: 'cursor' | 'node' | '__typename'; value?: string }[] };

/** A field whose arguments the executor reads per request (a connection, a lookup). */
export interface ArgumentsPlan {
  field: GraphQLField<unknown, unknown>;
  fieldNode: FieldNode;
  /** Arguments a resolver-side validator checks: given any of them, the resolver must run. */
  validatedArgs: readonly string[];
}

export interface ConnectionPlan extends ArgumentsPlan {
  read: Extract<CompiledRead, { kind: 'connection' }>;
  fields: ConnectionFieldPlan[];
  withTotal: boolean;
  /** The node's JSON (from its id, or over its row under an alias); null when no node is selected. */
  node: { object: ObjectPlan; column: (env: RenderEnv) => NodeColumn } | null;
}

export type RootPlan =
  | { kind: 'typename'; key: string; value: string }
  | { kind: 'connection'; key: string; connection: ConnectionPlan }
  | (ArgumentsPlan & {
      kind: 'lookup';
      key: string;
      read: Extract<CompiledRead, { kind: 'lookup' }>;
      nonNull: boolean;
      object: ObjectPlan;
      alias: string;
    });

export interface OperationPlan {
  roots: RootPlan[];
  /** Every authScopes object met on the way: each must be granted, else the normal executor decides. */
  scopes: Record<string, unknown>[];
  /** Whether the plan depends on variables beyond arguments (@skip / @include): then it is not reused. */
  variableShaped: boolean;
}

interface Planning extends SelectionScope {
  models: SqlModels;
  scopes: Record<string, unknown>[];
  aliases: number;
}

type Extensions = Record<string, unknown> & {
  pothosOptions?: Record<string, unknown>;
  pothosExposedField?: string;
  /** The relation's Prisma field (t.relation). */
  pothosPrismaRelationField?: { name: string };
  /** t.relation's select: called with an identity nested query it hands back the relation's `query` option. */
  pothosPrismaSelect?: unknown;
  pothosPrismaModel?: string;
};

const extensionsOf = (thing: { extensions?: unknown }) => (thing.extensions ?? {}) as Extensions;

function requireScopes(planning: Planning, options: Record<string, unknown> | undefined) {
  const scopes = options?.['authScopes'];
  if (scopes === undefined) return;
  if (typeof scopes !== 'object' || scopes === null) notCompilable('authScopes given as a function');
  planning.scopes.push(scopes as Record<string, unknown>);
}

function objectTypeOf(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
  const named = getNamedType(field.type);
  return isObjectType(named) ? named : notCompilable(`${field.name} is not an object type`);
}

function compiledReadOf(field: GraphQLField<unknown, unknown>): CompiledRead | undefined {
  return extensionsOf(field)[COMPILED_READ] as CompiledRead | undefined;
}

function leafPlan(
  key: string,
  field: GraphQLField<unknown, unknown>,
  prismaType: string | undefined,
  list: boolean,
  transparent: boolean,
): LeafPlan {
  const nullable = getNullableType(field.type);
  const isList = isListType(nullable);
  if (isList !== list) notCompilable(`${field.name}: list shape differs from its column`);
  const named = getNamedType(field.type);
  if (!isScalarType(named) && !isEnumType(named)) notCompilable(`${field.name} is not a leaf`);
  if (isList && !isNonNullType((nullable as { ofType: unknown }).ofType as never)) notCompilable('nullable list items');
  return {
    kind: 'leaf',
    key,
    transparent,
    nonNull: isNonNullType(field.type),
    list,
    type: named as GraphQLLeafType,
    convert: prismaType ? fromJson[prismaType] : undefined,
  };
}

function relationQueryOf(extensions: Extensions, relationName: string): unknown {
  const select = extensions.pothosPrismaSelect;
  if (typeof select !== 'function') return undefined;
  const selected = select({}, {}, (query: unknown) => query) as { select?: Record<string, unknown> };
  const query = selected?.select?.[relationName];
  return query && typeof query === 'object' && Object.keys(query).length === 0 ? undefined : query;
}

function orderByOf(query: unknown, target: ModelInfo, alias: string): Prisma.Sql {
  if (query === undefined) return column(alias, target.idColumn);
  if (typeof query !== 'object' || query === null) return notCompilable('relation query given as a function');
  const { orderBy, ...rest } = query as { orderBy?: unknown };
  if (Object.keys(rest).length > 0) notCompilable('relation query beyond orderBy');
  const entries = (Array.isArray(orderBy) ? orderBy : orderBy === undefined ? [] : [orderBy]).flatMap((entry) =>
    Object.entries(entry as Record<string, unknown>),
  );
  const parts = entries.map(([name, direction]) => {
    const info = target.columns.get(name) ?? notCompilable(`orderBy ${name}`);
    if (direction !== 'asc' && direction !== 'desc') notCompilable('orderBy with options');
    return Prisma.sql`${column(alias, info.column)} ${Prisma.raw(direction === 'asc' ? 'ASC' : 'DESC')}`;
  });
  // Ties (and no orderBy at all) in id order, so a list always reads the same.
  if (!entries.some(([name]) => target.columns.get(name)?.column === target.idColumn)) {
    parts.push(column(alias, target.idColumn));
  }
  return Prisma.join(parts);
}

function nextAlias(planning: Planning): string {
  return `c${planning.aliases++}`;
}

const nodeIdFields = new WeakMap<object, string | null>();

/**
 * The model field a prismaNode's global ID is made of. Pothos turns `id: { field }`
 * into a resolver serialising that one property; it is asked once with a probe row.
 */
function nodeIdField(typeExtensions: Extensions): string | null {
  const id = typeExtensions.pothosOptions?.['id'] as { resolve?: (parent: object) => unknown } | undefined;
  if (typeof id?.resolve !== 'function') return null;
  if (nodeIdFields.has(id)) return nodeIdFields.get(id)!;
  const read: string[] = [];
  const sentinel = 1_234_567_891;
  const probe = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key === 'string') read.push(key);
        return sentinel;
      },
    },
  );
  let field: string | null = null;
  try {
    if (String(id.resolve(probe)) === String(sentinel) && read.length === 1) field = read[0]!;
  } catch {
    field = null;
  }
  nodeIdFields.set(id, field);
  return field;
}

/** One row of `type` (over `alias`) as json_build_object, and how to turn it into the response. */
function planObject(
  planning: Planning,
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  alias: string,
): ObjectPlan {
  const typeExtensions = extensionsOf(type);
  const model = planning.models.get(typeExtensions.pothosPrismaModel ?? '') ?? notCompilable(`${type.name}: no model`);
  requireScopes(planning, typeExtensions.pothosOptions);
  const nodeId = nodeIdField(typeExtensions);
  const fields: FieldPlan[] = [];
  const pairs: SqlPart[] = [];
  const nullChecks: NullCheck[] = [];
  const joins: Prisma.Sql[] = [];
  let transparent = true;
  for (const [key, fieldNodes] of collectFields(planning, type, subSelections(nodes))) {
    const name = fieldNodes[0]!.name.value;
    // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): safe inside a SQL string literal.
    const keySql = Prisma.raw(`'${key}'`);
    const add = (value: Prisma.Sql) => pairs.push(Prisma.sql`${keySql}, ${value}`);
    const addRendered = (value: (env: RenderEnv) => Prisma.Sql) =>
      pairs.push((env) => Prisma.sql`${keySql}, ${value(env)}`);
    if (name === '__typename') {
      add(Prisma.raw(`'${type.name}'`));
      fields.push({ kind: 'typename', key, value: type.name });
      continue;
    }
    const field = type.getFields()[name] ?? notCompilable(`unknown field ${name}`);
    const extensions = extensionsOf(field);
    requireScopes(planning, extensions.pothosOptions);
    const compiled = compiledReadOf(field);
    if (name === 'id' && typeof nodeId === 'string' && type.getInterfaces().some((i) => i.name === 'Node')) {
      const info = model.columns.get(nodeId) ?? notCompilable('node id column');
      add(column(alias, info.column));
      fields.push({ kind: 'globalId', key, typeName: type.name });
      transparent = false;
    } else if (typeof extensions.pothosExposedField === 'string') {
      const info = model.columns.get(extensions.pothosExposedField) ?? notCompilable(`${name}: no column`);
      if (info.isList && info.type === 'Decimal') notCompilable('decimal lists');
      const encoding = columnEncoding(getNamedType(field.type) as GraphQLLeafType, info) ?? notCompilable(info.type);
      add(encoding.encode(column(alias, info.column)));
      const leaf = leafPlan(key, field, info.type, info.isList, encoding.transparent);
      fields.push(leaf);
      if (!leaf.transparent) transparent = false;
      else if (leaf.nonNull && !info.isRequired) nullChecks.push({ key, nonNull: true });
    } else if (extensions.pothosPrismaRelationField) {
      // A relation with its own resolve (a fallback) or arguments is the resolver's business.
      if (field.args.length > 0 || extensions['pothosPrismaFallback']) notCompilable(`${name}: relation resolver`);
      const relationName = extensions.pothosPrismaRelationField.name;
      const relation = model.relations.get(relationName) ?? notCompilable(`${name}: no relation`);
      const target = objectTypeOf(field);
      const child = nextAlias(planning);
      const object = planObject(planning, target, fieldNodes, child);
      if (object.model.name !== relation.target) notCompilable(`${name}: type and relation differ`);
      const table = Prisma.sql`${object.model.table} ${Prisma.raw(child)}`;
      const join = Prisma.sql`${column(child, relation.targetColumn)} = ${column(alias, relation.localColumn)}`;
      const list = isListType(getNullableType(field.type));
      if (list !== relation.isList) notCompilable(`${name}: list shape differs from the relation`);
      const order = list ? orderByOf(relationQueryOf(extensions, relationName), object.model, child) : null;
      // A to-one relation finds at most one row (a foreign key to the id, or a unique one back).
      if (!order) joins.push(Prisma.sql` LEFT JOIN ${table} ON ${join}${object.joins}`);
      const related = (env: RenderEnv) =>
        order
          ? Prisma.sql`(SELECT coalesce(json_agg(${object.json(env)} ORDER BY ${order}), '[]'::json) FROM ${table}${object.joins} WHERE ${join})`
          : Prisma.sql`CASE WHEN ${column(child, object.model.idColumn)} IS NULL THEN NULL ELSE ${object.json(env)} END`;
      if (object.fixed) add(related(NO_ENV));
      else addRendered(related);
      const nonNull = isNonNullType(field.type);
      fields.push({ kind: 'object', key, nonNull, list, object });
      if (!object.transparent) transparent = false;
      else if (object.nullChecks.length > 0 || (nonNull && !relation.isRequired)) {
        nullChecks.push({ key, nonNull, ...(object.nullChecks.length > 0 ? { object } : {}) });
      }
    } else if (compiled?.kind === 'expression') {
      add(compiled.sql(Prisma.raw(alias)));
      fields.push(leafPlan(key, field, undefined, isListType(getNullableType(field.type)), false));
      transparent = false;
    } else if (compiled?.kind === 'connection') {
      const connection = planConnection(planning, field, fieldNodes, compiled);
      const parentId = column(alias, model.idColumn);
      // Each parent's page inside the parent's own JSON: one statement for the whole tree.
      addRendered((env) => {
        const { list, request } = env.childPage(connection);
        return childPageJson(list, request, connection.withTotal, parentId, connection.node?.column(env));
      });
      fields.push({ kind: 'connection', key, connection });
      transparent = false;
    } else {
      notCompilable(`${type.name}.${name} has its own resolver`);
    }
  }
  // json_build_object takes at most 100 arguments.
  if (pairs.length > 50) notCompilable('too many fields for one object');
  const build = (rendered: Prisma.Sql[]) =>
    Prisma.sql`json_build_object(${rendered.length > 0 ? Prisma.join(rendered) : Prisma.empty})`;
  const fixed = pairs.every((pair) => typeof pair !== 'function');
  const json = fixed ? build(pairs as Prisma.Sql[]) : null;
  return {
    typeName: type.name,
    model,
    fields,
    transparent,
    nullChecks,
    fixed,
    joins: joins.length > 0 ? Prisma.join(joins, '') : Prisma.empty,
    json: json ? () => json : (env) => build(pairs.map((pair) => (typeof pair === 'function' ? pair(env) : pair))),
  };
}

const PAGE_INFO_FIELDS = new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']);

function planConnection(
  planning: Planning,
  field: GraphQLField<unknown, unknown>,
  fieldNodes: readonly FieldNode[],
  read: Extract<CompiledRead, { kind: 'connection' }>,
): ConnectionPlan {
  const type = objectTypeOf(field);
  const fields: ConnectionFieldPlan[] = [];
  let nodeSelection: { type: GraphQLObjectType; nodes: FieldNode[] } | null = null;
  const selectNode = (nodeType: GraphQLObjectType, nodes: FieldNode[]) => {
    if (nodeSelection) notCompilable('nodes selected twice');
    nodeSelection = { type: nodeType, nodes };
  };
  for (const [key, nodes] of collectFields(planning, type, subSelections(fieldNodes))) {
    const name = nodes[0]!.name.value;
    const subField = type.getFields()[name];
    if (name === '__typename') fields.push({ kind: 'typename', key, value: type.name });
    else if (name === 'totalCount') fields.push({ kind: 'totalCount', key });
    else if (name === 'nodes' && subField) {
      selectNode(objectTypeOf(subField), nodes);
      fields.push({ kind: 'nodes', key });
    } else if (name === 'pageInfo' && subField) {
      const pageInfoType = objectTypeOf(subField);
      const pageInfo = [...collectFields(planning, pageInfoType, subSelections(nodes))].map(([subKey, subNodes]) => {
        const subName = subNodes[0]!.name.value;
        if (subName === '__typename') return { key: subKey, name: subName, value: pageInfoType.name };
        if (!PAGE_INFO_FIELDS.has(subName)) notCompilable(`pageInfo.${subName}`);
        return { key: subKey, name: subName };
      });
      fields.push({ kind: 'pageInfo', key, fields: pageInfo });
    } else if (name === 'edges' && subField) {
      const edgeType = objectTypeOf(subField);
      const edge = [...collectFields(planning, edgeType, subSelections(nodes))].map(([subKey, subNodes]) => {
        const subName = subNodes[0]!.name.value;
        if (subName === '__typename') return { key: subKey, name: '__typename' as const, value: edgeType.name };
        if (subName === 'cursor') return { key: subKey, name: 'cursor' as const };
        if (subName !== 'node') return notCompilable(`edges.${subName}`);
        selectNode(objectTypeOf(edgeType.getFields()['node']!), subNodes);
        return { key: subKey, name: 'node' as const };
      });
      fields.push({ kind: 'edges', key, fields: edge });
    } else notCompilable(`connection field ${name}`);
  }
  const selected = nodeSelection as { type: GraphQLObjectType; nodes: FieldNode[] } | null;
  let node: ConnectionPlan['node'] = null;
  if (selected) {
    const alias = nextAlias(planning);
    const object = planObject(planning, selected.type, selected.nodes, alias);
    const from = Prisma.sql`${object.model.table} ${Prisma.raw(alias)}`;
    node = {
      object,
      column: (env) => ({
        table: object.model.tableName,
        byId: (id) =>
          Prisma.sql`(SELECT ${object.json(env)} FROM ${from}${object.joins} WHERE ${column(alias, object.model.idColumn)} = ${id})`,
        // The paged row under the planner's alias: PostgreSQL reads its columns directly, no second lookup.
        ofRow: (row) =>
          Prisma.sql`(SELECT ${object.json(env)} FROM (SELECT ${Prisma.raw(row)}.*) ${Prisma.raw(alias)}${object.joins})`,
      }),
    };
  }
  return {
    ...argumentsPlan(field, fieldNodes),
    read,
    fields,
    withTotal: fields.some((entry) => entry.kind === 'totalCount'),
    node,
  };
}

function planRoot(planning: Planning, type: GraphQLObjectType, key: string, nodes: FieldNode[]): RootPlan {
  const name = nodes[0]!.name.value;
  if (name === '__typename') return { kind: 'typename', key, value: type.name };
  const field = type.getFields()[name] ?? notCompilable(`unknown root field ${name}`);
  requireScopes(planning, extensionsOf(field).pothosOptions);
  const read = compiledReadOf(field);
  if (read?.kind === 'connection')
    return { kind: 'connection', key, connection: planConnection(planning, field, nodes, read) };
  if (read?.kind !== 'lookup') return notCompilable(`root field ${name}`);
  const alias = nextAlias(planning);
  return {
    kind: 'lookup',
    key,
    ...argumentsPlan(field, nodes),
    read,
    nonNull: isNonNullType(field.type),
    object: planObject(planning, objectTypeOf(field), nodes, alias),
    alias,
  };
}

/** The plan of a query operation of `document`, or null when some part of it is not compilable. */
export function planOperation(
  schema: GraphQLSchema,
  models: SqlModels,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationPlan | null {
  const queryType = schema.getQueryType();
  if (operation.operation !== 'query' || !queryType || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const planning: Planning = { schema, models, fragments, variables, scopes: [], aliases: 0, variableShaped: false };
  try {
    const roots = [...collectFields(planning, queryType, [operation.selectionSet])].map(([key, nodes]) =>
      planRoot(planning, queryType, key, nodes),
    );
    return { roots, scopes: planning.scopes, variableShaped: planning.variableShaped };
  } catch (error) {
    if (error instanceof NotCompilable) return null;
    throw error;
  }
}

/** Whether an argument (or an input field under it) is checked by a validator the resolver would run. */
function hasValidator(type: GraphQLInputType, seen = new Set<unknown>()): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some(
    (field) => extensionsOf(field).pothosOptions?.['validate'] !== undefined || hasValidator(field.type, seen),
  );
}

function argumentsPlan(field: GraphQLField<unknown, unknown>, fieldNodes: readonly FieldNode[]): ArgumentsPlan {
  if (extensionsOf(field).pothosOptions?.['validate'] !== undefined)
    notCompilable(`${field.name} validates its arguments`);
  return {
    field,
    fieldNode: fieldNodes[0]!,
    validatedArgs: field.args
      .filter((arg) => extensionsOf(arg).pothosOptions?.['validate'] !== undefined || hasValidator(arg.type))
      .map((arg) => arg.name),
  };
}
