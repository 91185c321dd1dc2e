import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backoffDelay,
  classifyConnectError,
  connectWithRetry,
  DatabaseConnectError,
  type ConnectRetry,
} from '../../src/db/connect-with-retry.js';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { closedPort } from './support/ops-server.js';
import { startMain } from './support/main-process.js';

/** Speaks just enough of the PostgreSQL protocol to refuse every login with SQLSTATE 28P01. */
async function refusingServer(): Promise<{ port: number; server: Server }> {
  const field = (type: string, value: string) =>
    Buffer.concat([Buffer.from(type), Buffer.from(value), Buffer.from([0])]);
  const fields = Buffer.concat([
    field('S', 'FATAL'),
    field('V', 'FATAL'),
    field('C', '28P01'),
    field('M', 'password authentication failed for user "app"'),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  const server = createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => socket.end(Buffer.concat([header, fields])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, server };
}

let db: TestDatabase;
let refusing: { port: number; server: Server };
beforeAll(async () => {
  db = await createTestDatabase();
  refusing = await refusingServer();
});
afterAll(async () => {
  refusing.server.close();
  await db.close();
});

const missingDatabaseUrl = () => {
  const url = new URL(db.url);
  url.pathname = `/commerce_missing_${randomBytes(4).toString('hex')}`;
  return url.toString();
};

describe('classifyConnectError', () => {
  it('tells unreachable hosts, refused logins and missing databases apart', () => {
    const withCode = (code: string, message = code) => Object.assign(new Error(message), { code });
    expect(classifyConnectError(withCode('ECONNREFUSED'))).toBe('host unreachable');
    expect(classifyConnectError(withCode('ENOTFOUND'))).toBe('host unreachable');
    expect(classifyConnectError(withCode('ETIMEDOUT'))).toBe('host unreachable');
    expect(classifyConnectError(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))).toBe(
      'host unreachable',
    );
    expect(classifyConnectError(new Error('Connection terminated due to connection timeout'))).toBe('host unreachable');
    expect(classifyConnectError(withCode('28P01'))).toBe('authentication failed');
    expect(classifyConnectError(withCode('28000'))).toBe('authentication failed');
    expect(classifyConnectError(withCode('3D000'))).toBe('database missing');
    expect(classifyConnectError(withCode('53300', 'too many connections'))).toBe('other');
  });

  it('backs off exponentially, bounded by the maximum delay', () => {
    expect([0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, 100, 1_000, () => 1))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
    expect([0, 1, 2].map((retry) => backoffDelay(retry, 100, 1_000, () => 0))).toEqual([50, 100, 200]);
  });
});

describe('connectWithRetry', () => {
  const attempt = (url: string, retries: number) => {
    const retried: ConnectRetry[] = [];
    const result = connectWithRetry(url, {
      retries,
      baseDelayMs: 10,
      connectTimeoutMs: 2_000,
      onRetry: (retry) => retried.push(retry),
    });
    return { result, retried };
  };

  it('connects at once to a live database', async () => {
    const { result, retried } = attempt(db.url, 3);
    await expect(result).resolves.toBeUndefined();
    expect(retried).toEqual([]);
  });

  it.each<[string, () => Promise<string>]>([
    ['host unreachable', async () => `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`],
    ['authentication failed', async () => `postgresql://app:wrong@127.0.0.1:${refusing.port}/app`],
    ...(onEmbeddedDatabase()
      ? []
      : [['database missing', async () => missingDatabaseUrl()] satisfies [string, () => Promise<string>]]),
  ])('gives up on "%s" after the configured retries', async (kind, url) => {
    const { result, retried } = attempt(await url(), 2);
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseConnectError);
    expect(error).toMatchObject({ kind, attempts: 3 });
    expect(retried.map((retry) => [retry.attempt, retry.kind])).toEqual([
      [1, kind],
      [2, kind],
    ]);
    expect((error as Error).message).not.toContain('wrong');
  });
});

describe('start-up against a database that does not answer', () => {
  it.each<[string, () => Promise<string>, RegExp]>([
    [
      'host unreachable',
      async () => `postgresql://postgres@127.0.0.1:${await closedPort()}/postgres`,
      /127\.0\.0\.1:\d+/,
    ],
    ['authentication failed', async () => `postgresql://app:s3cret-pw@127.0.0.1:${refusing.port}/app`, /user "app"/],
    // PGlite serves every database name: a missing database needs a real server.
    ...(onEmbeddedDatabase()
      ? []
      : [
          ['database missing', async () => missingDatabaseUrl(), /commerce_missing_[0-9a-f]{8}/] satisfies [
            string,
            () => Promise<string>,
            RegExp,
          ],
        ]),
  ])('logs its retries, then one "%s" diagnosis line, and exits 1', { timeout: 120_000 }, async (kind, url, detail) => {
    const main = startMain({ DATABASE_URL: await url(), DB_CONNECT_RETRIES: '2', DB_CONNECT_RETRY_DELAY_MS: '20' });
    expect(await main.exited).toBe(1);
    const lines = main.lines();
    const retries = lines.filter((line) => line.level === 40 && line['attempt'] !== undefined);
    expect(retries.map((line) => [line['attempt'], line['diagnosis']])).toEqual([
      [1, kind],
      [2, kind],
    ]);
    const fatal = lines.filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ diagnosis: kind, attempts: 3 });
    expect(fatal[0]!.msg).toContain(kind);
    expect(fatal[0]!.msg).toMatch(detail);
    expect(JSON.stringify(lines) + main.stderr()).not.toContain('s3cret-pw');
  });
});
