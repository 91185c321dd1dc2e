import { createServer as createNetServer, type Socket } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import type pg from 'pg';
import type { Config } from '../../../src/config.js';
import type { PrismaClient } from '../../../src/db/prisma.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import { createServer } from '../../../src/yoga.js';
import { testConfig } from '../../support/server.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface CapturedLogs {
  log: Logger;
  /** Everything written, verbatim. */
  text(): string;
  /** Every line parsed as JSON (fails on a line that is not). */
  lines(): LogLine[];
}

/** A logger like production's (same redaction, same request-id mixin) writing JSON lines into memory. */
export function captureLogs(level = 'info'): CapturedLogs {
  const chunks: string[] = [];
  const log = createLogger(level, { write: (chunk: string) => void chunks.push(chunk) });
  return {
    log,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as LogLine),
  };
}

export interface OpsServer {
  yoga: ReturnType<typeof createServer>;
  config: Config;
  logs: CapturedLogs;
  post<TResult>(
    document: TypedDocumentNode<TResult, never> | TypedDocumentNode<TResult, Record<string, unknown>> | string,
    options?: { variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<{
    response: Response;
    body: { data?: TResult | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  }>;
  get(path: string): Promise<Response>;
}

export function createOpsServer(options: {
  prisma: PrismaClient;
  pool?: pg.Pool;
  config?: Record<string, string>;
  logLevel?: string;
}): OpsServer {
  const config = testConfig(options.config);
  const logs = captureLogs(options.logLevel ?? 'info');
  const yoga = createServer({ prisma: options.prisma, pool: options.pool, config, log: logs.log });
  return {
    yoga,
    config,
    logs,
    async post(document, requestOptions = {}) {
      const query = typeof document === 'string' ? document : print(document);
      const operationName = typeof document === 'string' ? undefined : getOperationAST(document)?.name?.value;
      const response = await yoga.fetch('http://ops.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...requestOptions.headers },
        body: JSON.stringify({ query, operationName, variables: requestOptions.variables }),
      });
      return { response, body: (await response.json()) as never };
    },
    get: async (path) => yoga.fetch(`http://ops.test${path}`),
  };
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g;

/** Parses the Prometheus text exposition format strictly: every line is a comment or a sample. */
export function parsePrometheus(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(LABEL)) labels[key!] = value!.replace(/\\(.)/g, '$1');
    // Like Prometheus' own parser (Go's ParseFloat): NaN and Inf in any case.
    const raw = match[3]!.toLowerCase();
    const value =
      raw === 'nan' ? NaN : raw === '+inf' || raw === 'inf' ? Infinity : raw === '-inf' ? -Infinity : Number(raw);
    if (Number.isNaN(value) && raw !== 'nan') throw new Error(`bad sample value: ${line}`);
    samples.push({ name: match[1]!, labels, value });
  }
  return samples;
}

/** The value of the one sample with this name and (at least) these labels; undefined when absent. */
export function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples match ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

export async function scrape(server: OpsServer): Promise<Sample[]> {
  const response = await server.get('/metrics');
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parsePrometheus(await response.text());
}

/** A TCP port on 127.0.0.1 where nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A TCP server that accepts connections and never says a word: a database that hangs. */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(25);
  }
}
