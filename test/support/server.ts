import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { signToken, type Viewer } from '../../src/auth/viewer.js';
import { parseConfig, type Config } from '../../src/config.js';
import type { ResponseCacheStore } from '../../src/cache/response-cache.js';
import type { LiveUpdates } from '../../src/events/live.js';
import { createServer } from '../../src/yoga.js';
import { createTestDatabase, type TestDatabase, type TestDatabaseOptions } from './test-database.js';

const REDIS_TEST_PREFIX = `test:${randomBytes(4).toString('hex')}:`;

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

export function testConfig(overrides: Record<string, string> = {}): Config {
  return parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    ENCRYPTION_KEY: 'ab'.repeat(32),
    DATABASE_URL: 'postgresql://unused@127.0.0.1/unused',
    // Test files share one Redis while their databases reuse the same ids: keys of one file stay apart.
    REDIS_PREFIX: REDIS_TEST_PREFIX,
    ...overrides,
  });
}

export interface RequestOptions {
  /** Sign the request as this viewer. */
  as?: Viewer | null;
  token?: string;
  headers?: Record<string, string>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface TestServer {
  db: TestDatabase;
  config: Config;
  yoga: ReturnType<typeof createServer>;
  /** Runs a typed operation in-process through yoga.fetch. */
  execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<TResult>>;
  tokenFor(viewer: Viewer): Promise<string>;
  close(): Promise<void>;
}

export async function createTestServer(
  options: TestDatabaseOptions & {
    config?: Record<string, string>;
    live?: LiveUpdates;
    responseCache?: ResponseCacheStore;
    /** Another instance on the same database as this server (which keeps owning it). */
    sharing?: TestServer;
  } = {},
): Promise<TestServer> {
  const db = options.sharing?.db ?? (await createTestDatabase(options));
  const config = testConfig(options.config);
  const log = pino({ level: 'silent' });
  const yoga = createServer({
    prisma: db.prisma,
    // As in main.ts: the pool behind prisma (metrics, and the account cache's change listener).
    pool: db.pool,
    config,
    log,
    ...(options.live ? { live: options.live } : {}),
    ...(options.responseCache ? { responseCache: options.responseCache } : {}),
  });
  const tokenFor = async (viewer: Viewer) => (await signToken(viewer, config.JWT_SECRET, 3600)).token;
  return {
    db,
    config,
    yoga,
    tokenFor,
    async execute(document, variables, requestOptions = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...requestOptions.headers };
      const token = requestOptions.token ?? (requestOptions.as ? await tokenFor(requestOptions.as) : undefined);
      if (token) headers['authorization'] = `Bearer ${token}`;
      const query = typeof document === 'string' ? document : print(document);
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as ExecutionResult as GraphQLResponse<never>;
    },
    async close() {
      await yoga.dispose();
      if (!options.sharing) await db.close();
    },
  };
}

/** The codes of a response's errors, for assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.['code']);
}

/** Asserts a response failed with exactly one BAD_USER_INPUT naming `field`, and no data. */
export function expectBadUserInput(response: GraphQLResponse<unknown>, field: string): void {
  expect(response.data ?? null).toBeNull();
  expect(response.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['field']])).toEqual([
    ['BAD_USER_INPUT', field],
  ]);
}
