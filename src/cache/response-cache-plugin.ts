import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';
import {
  defaultGetDocumentString,
  useResponseCache,
  type Cache,
  type CacheEntityRecord,
  type ResponseCacheExtensions,
} from '@envelop/response-cache';
import {
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  isUnionType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { seesInactiveProducts } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { collectEmittedEvents } from '../events/emitted.js';
import type { Metrics } from '../observability/metrics.js';
import { staleTagsOfAll } from './invalidation.js';
import type { ResponseCacheStore } from './response-cache.js';

/** Root fields whose answers are the same for every anonymous or customer caller (admins get their own entries). */
const CATALOG_ROOT_FIELDS = [
  'product',
  'productBySku',
  'products',
  'category',
  'categoryBySlug',
  'categories',
  'categoryTree',
  'node',
  'nodes',
];

/**
 * Whether the response cache may store this query's answer (every root field
 * a catalog one). Such reads run on the primary: an answer read from a
 * lagging replica just after an invalidation would put the old data back.
 */
export function isCacheableOperation(document: DocumentNode, operationName?: string | null): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === 'Field' &&
      (CATALOG_ROOT_FIELDS.includes(selection.name.value) || selection.name.value === '__typename'),
  );
}

export interface ResponseCacheOptions {
  schema: GraphQLSchema;
  store: ResponseCacheStore;
  ttlSeconds: number;
  /** max-age of public GET responses (0: clients revalidate with If-None-Match every time). */
  httpMaxAgeSeconds: number;
  metrics: Metrics;
  log: Logger;
  /** Keep extensions.responseCache in responses (development: see hits in GraphiQL). */
  exposeMetadata: boolean;
}

interface CacheContext {
  viewer: Viewer | null;
  params?: { query?: string };
  request: Request;
}

/** Named types an answer of the catalog root fields can hold (Node's implementations excepted: node() is checked per type). */
function catalogTypes(schema: GraphQLSchema): Set<string> {
  const reached = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (reached.has(type.name)) return;
    reached.add(type.name);
    if (isUnionType(type)) for (const member of type.getTypes()) visit(member);
    if (isObjectType(type) || (isInterfaceType(type) && type.name !== 'Node')) {
      for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
    }
  };
  const query = schema.getQueryType()!;
  for (const name of CATALOG_ROOT_FIELDS) {
    const field = query.getFields()[name];
    if (field) visit(getNamedType(field.type));
  }
  return reached;
}

/**
 * TTL 0 (never cached) for every root field but the catalog's and for every
 * type a catalog answer cannot hold: a query touching users, orders, reports
 * or health is always executed; node(id) is cached only for catalog types.
 */
function uncachedCoordinates(schema: GraphQLSchema): Record<string, number> {
  const ttl: Record<string, number> = {};
  const query = schema.getQueryType()!;
  for (const name of Object.keys(query.getFields())) if (!CATALOG_ROOT_FIELDS.includes(name)) ttl[`Query.${name}`] = 0;
  const catalog = catalogTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && !type.name.startsWith('__') && !catalog.has(type.name) && type !== query)
      ttl[type.name] = 0;
  }
  return ttl;
}

/**
 * Every object type a document's fields return: its answer is tagged with
 * them too, so a type's invalidation reaches answers that hold none of its
 * rows (an empty page; a list a new product now belongs to). The plugin
 * itself tags only the rows it finds.
 */
function documentTypeTags(schema: GraphQLSchema) {
  const tagsByDocument = new WeakMap<DocumentNode, CacheEntityRecord[]>();
  return (document: DocumentNode): CacheEntityRecord[] => {
    let tags = tagsByDocument.get(document);
    if (!tags) {
      const names = new Set<string>();
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field() {
            const type = typeInfo.getType();
            const named = type ? getNamedType(type) : undefined;
            if (named && isObjectType(named)) names.add(named.name);
          },
        }),
      );
      tags = [...names].map((typename) => ({ typename }));
      tagsByDocument.set(document, tags);
    }
    return tags;
  };
}

const withTags = (cache: Cache, tags: readonly CacheEntityRecord[]): Cache => ({
  get: (key) => cache.get(key),
  set: (key, result, entities, ttl) => cache.set(key, result, [...entities, ...tags], ttl),
  invalidate: (entities) => cache.invalidate(entities),
});

const isSingleResult = (result: unknown): result is ExecutionResult =>
  result != null && typeof result === 'object' && !Array.isArray(result) && !(Symbol.asyncIterator in result);

const etagOf = (result: ExecutionResult) =>
  `W/"${createHash('sha1').update(JSON.stringify(result)).digest('base64url')}"`;

/**
 * Cached catalog reads. Entries are keyed by document, variables and
 * session: one shared session for anonymous callers and customers (they see
 * the same catalog), one per admin role. Authentication still runs first
 * (the context is built before the cache is asked), so a deactivated
 * account's token is refused even for a cached answer.
 *
 * Invalidation: when a mutation returns, the events its services emitted
 * drop what they made stale (before the response is sent); the outbox job
 * of each event does the same for changes made elsewhere (jobs, other
 * instances without a shared cache). Public GETs get an ETag over the body
 * and answer If-None-Match with 304.
 */
export function useCatalogResponseCache(options: ResponseCacheOptions): Plugin[] {
  const { store, metrics, log } = options;
  const notModified = new WeakMap<Request, Record<string, string>>();
  const documents = new WeakMap<object, DocumentNode>();
  const tagsOf = documentTypeTags(options.schema);

  const rememberDocument: Plugin = {
    onExecute({ args }) {
      documents.set(args.contextValue as object, args.document);
    },
  };

  const invalidateAfterMutation: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      setExecuteFn(async (executionArgs) => {
        const { result, events } = await collectEmittedEvents(() => executeFn(executionArgs));
        const tags = staleTagsOfAll(events);
        if (tags.length > 0) {
          try {
            await store.invalidate(tags);
            metrics.recordCacheInvalidation('mutation');
          } catch (error) {
            // The outbox job retries the same invalidation; until then the TTL bounds what is stale.
            log.warn({ err: error }, 'response cache invalidation after a mutation failed');
          }
        }
        return result;
      });
    },
  };

  const responseHeaders: Plugin = {
    onExecutionResult({ request, result, setResult, context }) {
      if (!isSingleResult(result)) return;
      const metadata = result.extensions?.['responseCache'] as ResponseCacheExtensions | undefined;
      if (!metadata) return;
      const { responseCache: _metadata, ...extensions } = result.extensions ?? {};
      const stripped: ExecutionResult = { ...result };
      if (options.exposeMetadata) stripped.extensions = result.extensions;
      else if (Object.keys(extensions).length > 0) stripped.extensions = extensions;
      else delete stripped.extensions;

      let cached = false;
      if ('hit' in metadata) {
        cached = metadata.hit || metadata.didCache;
        metrics.recordResponseCache(metadata.hit ? 'hit' : metadata.didCache ? 'miss' : 'uncacheable');
      }
      if (cached && request.method === 'GET' && !seesInactiveProducts((context as unknown as CacheContext).viewer)) {
        const headers = {
          ETag: etagOf(stripped),
          'Cache-Control': `public, max-age=${options.httpMaxAgeSeconds}, must-revalidate`,
          Vary: 'Authorization, Accept',
        };
        const previous = stripped.extensions as { http?: { headers?: Record<string, string> } } | undefined;
        stripped.extensions = {
          ...previous,
          http: { ...previous?.http, headers: { ...previous?.http?.headers, ...headers } },
        };
        const asked = request.headers.get('if-none-match');
        if (asked?.split(',').some((tag) => tag.trim() === headers.ETag)) notModified.set(request, headers);
      }
      setResult(stripped);
    },
    onResultProcess({ request, setResultProcessor }) {
      const headers = notModified.get(request);
      if (headers)
        setResultProcessor(
          (_result, fetchAPI) => new fetchAPI.Response(null, { status: 304, headers }),
          'application/json',
        );
    },
  };

  return [
    invalidateAfterMutation,
    rememberDocument,
    useResponseCache<CacheContext>({
      cache: (context) => {
        const document = documents.get(context);
        return document ? withTags(store.cache, tagsOf(document)) : store.cache;
      },
      ttl: options.ttlSeconds * 1000,
      ttlPerSchemaCoordinate: uncachedCoordinates(options.schema),
      session: (context) => (seesInactiveProducts(context.viewer) ? `catalog:${context.viewer!.role}` : null),
      getDocumentString: (args) => (args.contextValue as CacheContext).params?.query || defaultGetDocumentString(args),
      // The default hashes with WebCrypto's async digest: ~10 % of a cache hit's CPU in the profile. Same key, node:crypto.
      buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) =>
        createHash('sha256')
          .update(
            [documentString, operationName ?? '', stableStringify(variableValues ?? {}), sessionId ?? ''].join('|'),
          )
          .digest('hex'),
      shouldCacheResult: ({ result }) => !result.errors?.length,
      includeExtensionMetadata: true,
    }) as Plugin,
    responseHeaders as Plugin,
  ];
}
