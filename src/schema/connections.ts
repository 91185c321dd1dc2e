/**
 * Relay connections over the keyset engine in src/queries/keyset.ts: the
 * Connection/Edge types (defineConnection) and their resolvers.
 *
 * How to add a connection (domain SQL lives in src/queries/<domain>.ts, the
 * Pothos field in src/schema/<domain>.ts):
 *  1. Describe the list as a `KeysetList` (see src/queries/keyset.ts).
 *  2. Root lists: `resolveKeysetConnection(...)` fetches the page in ONE
 *     statement, then hydrates it with ONE Prisma findMany built by Pothos'
 *     queryFromInfo, so nested relations stay selection-merged.
 *  3. Lists under a parent (User.orders, Category.products): give the list a
 *     `parent` expression and use `resolveChildConnection(...)`; a per-request
 *     DataLoader pages every parent of the level in ONE statement and hydrates
 *     all pages with ONE findMany.
 */
import type { ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { rawSqlOf } from '../db/prisma.js';
import { builder } from './builder.js';
import {
  fetchChildPages,
  fetchPage,
  pageRequest,
  type ChildKeysetList,
  type Connection,
  type KeysetList,
  type Page,
  type PageArgs,
} from '../queries/keyset.js';

// ---------------------------------------------------------------- hydration

/** Whether the connection selection asks for `name` at its top level (fragments included). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name;
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** The Prisma query (select/include) for the nodes of the connection `info` resolves. */
export function connectionNodeQuery(context: Context, info: GraphQLResolveInfo, typeName: string) {
  return queryFromInfo({
    context,
    info,
    typeName,
    select: { id: true },
    paths: [['nodes'], ['edges', 'node']],
  });
}

export type NodeQuery = ReturnType<typeof connectionNodeQuery>;

/** Loads rows by id with the given query; must return rows with their `id`. */
export type Hydrate<T extends { id: number }> = (query: NodeQuery, ids: number[]) => Promise<T[]>;

function connectionOf<T extends { id: number }>(page: Page, byId: Map<number, T>): Connection<T> {
  const edges = page.rows.flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: row.cursor, node }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}

function selectsNodes(info: GraphQLResolveInfo): boolean {
  return selectsField(info, 'nodes') || selectsField(info, 'edges');
}

async function hydrate<T extends { id: number }>(
  ids: number[],
  query: NodeQuery | null,
  load: Hydrate<T>,
): Promise<Map<number, T>> {
  if (ids.length === 0 || !query) return new Map(ids.map((id) => [id, { id } as T]));
  const rows = await load(query, ids);
  return new Map(rows.map((row) => [row.id, row]));
}

export interface KeysetConnectionOptions<T extends { id: number }> {
  context: Context;
  info: GraphQLResolveInfo;
  args: PageArgs;
  /** The GraphQL node type name, e.g. 'User'. */
  typeName: string;
  list: KeysetList;
  hydrate: Hydrate<T>;
}

/** A root connection: one SQL statement for the page, one findMany for its nodes. */
export async function resolveKeysetConnection<T extends { id: number }>(
  options: KeysetConnectionOptions<T>,
): Promise<Connection<T>> {
  const { context, info, args, typeName, list } = options;
  const request = pageRequest(args);
  const query = selectsNodes(info) ? connectionNodeQuery(context, info, typeName) : null;
  const page = await fetchPage(rawSqlOf(context.prisma), list, request, selectsField(info, 'totalCount'));
  return connectionOf(
    page,
    await hydrate(
      page.rows.map((row) => row.id),
      query,
      options.hydrate,
    ),
  );
}

export interface ChildConnectionOptions<T extends { id: number }> extends Omit<KeysetConnectionOptions<T>, 'list'> {
  parentId: number;
  /** The list for these arguments; the same for every parent of the level. */
  list: ChildKeysetList;
}

/** The response path without list indices: every row of a list shares one loader. */
function fieldKey(info: GraphQLResolveInfo): string {
  const parts: string[] = [];
  for (let path: GraphQLResolveInfo['path'] | undefined = info.path; path; path = path.prev) {
    if (typeof path.key === 'string') parts.unshift(path.key);
  }
  return parts.join('.');
}

/**
 * A connection under a parent, batched over all parents of the level (see the
 * header). The node query is planned for every parent's own field execution
 * (that records where the preloaded relations are for the resolvers beneath
 * it); the batch loads with the first one, which is the same selection.
 */
export function resolveChildConnection<T extends { id: number }>(
  options: ChildConnectionOptions<T>,
): Promise<Connection<T>> {
  const { context, info, args, typeName, list } = options;
  const request = pageRequest(args);
  const query = selectsNodes(info) ? connectionNodeQuery(context, info, typeName) : null;
  const key = `connection:${info.parentType.name}.${info.fieldName}@${fieldKey(info)}:${JSON.stringify(args)}`;
  const withTotal = selectsField(info, 'totalCount');
  const loader = context.loaders.scoped(
    key,
    () =>
      new DataLoader<number, Connection<T>>(async (parentIds) => {
        const pages = await fetchChildPages(rawSqlOf(context.prisma), list, request, parentIds, withTotal);
        const ids = [...new Set([...pages.values()].flatMap((page) => page.rows.map((row) => row.id)))];
        const byId = await hydrate(ids, query, options.hydrate);
        return parentIds.map((parentId) => connectionOf(pages.get(parentId)!, byId));
      }),
  );
  return loader.load(options.parentId);
}

/** A Pothos query with extra scalar columns selected (include-mode queries load every column anyway). */
export function withSelected<Q extends { select?: object; include?: object }>(
  query: Q,
  fields: Record<string, true>,
): Q {
  return query.select ? { ...query, select: { ...query.select, ...fields } } : query;
}

/**
 * `<Name>Connection` (edges, nodes, pageInfo, totalCount) and `<Name>Edge`
 * for a node type, as the contract names them. Pass the result as the second
 * argument of `t.connection(...)` and resolve with the functions above.
 */
export function defineConnection<T>(
  nodeRef: ObjectRef<typeof builder extends { $inferSchemaTypes: infer S } ? S : never, T>,
  name: string,
) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${name}Connection`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'All rows matching the filter, regardless of pagination.',
          resolve: (connection) => (connection as unknown as Connection<T>).totalCount,
        }),
      }),
    },
    { name: `${name}Edge` },
  );
}
