import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestDatabase, onEmbeddedDatabase, type TestDatabase } from '../support/test-database.js';
import { OpsMetricsHealth } from './support/operations.js';
import {
  createOpsServer,
  parsePrometheus,
  sampleValue,
  scrape,
  waitFor,
  type OpsServer,
} from './support/ops-server.js';

const POOL_SIZE = 3;
let db: TestDatabase;
let server: OpsServer;
beforeAll(async () => {
  db = await createTestDatabase({ poolSize: POOL_SIZE });
  server = createOpsServer({ prisma: db.prisma, pool: db.pool });
});
afterAll(() => db.close());

describe('/metrics', () => {
  it('is Prometheus text with HELP and TYPE for every metric family', async () => {
    const response = await server.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const samples = parsePrometheus(text);
    const families = new Set(
      text
        .split('\n')
        .filter((line) => line.startsWith('# TYPE '))
        .map((line) => line.split(' ')[2]),
    );
    for (const family of [
      'graphql_requests_total',
      'graphql_request_duration_seconds',
      'graphql_errors_total',
      'db_slow_queries_total',
      'db_pool_total_clients',
    ]) {
      expect(families).toContain(family);
      expect(text).toContain(`# HELP ${family} `);
    }
    expect(samples.length).toBeGreaterThan(20);
  });

  it('reports process metrics', async () => {
    const samples = await scrape(server);
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts requests and their latency by operation name', async () => {
    for (let i = 0; i < 3; i += 1) expect((await server.post(OpsMetricsHealth)).body.errors).toBeUndefined();
    await server.post('query OpsMetricsOther { health { version } }');
    const samples = await scrape(server);
    expect(sampleValue(samples, 'graphql_requests_total', { operation: 'OpsMetricsHealth' })).toBe(3);
    expect(sampleValue(samples, 'graphql_requests_total', { operation: 'OpsMetricsOther' })).toBe(1);
    expect(sampleValue(samples, 'graphql_request_duration_seconds_count', { operation: 'OpsMetricsHealth' })).toBe(3);
    expect(
      sampleValue(samples, 'graphql_request_duration_seconds_bucket', { operation: 'OpsMetricsHealth', le: '+Inf' }),
    ).toBe(3);
    expect(
      sampleValue(samples, 'graphql_request_duration_seconds_sum', { operation: 'OpsMetricsHealth' }),
    ).toBeGreaterThan(0);
    // /metrics, /health and /ready are not GraphQL requests.
    expect(
      samples
        .filter((s) => s.name === 'graphql_requests_total')
        .map((s) => s.labels['operation'])
        .sort(),
    ).toEqual(['OpsMetricsHealth', 'OpsMetricsOther']);
  });

  it('counts errors by code', async () => {
    await server.post('query OpsMetricsAuth { health { status } }', { headers: { authorization: 'Bearer nope' } });
    await server.post('query OpsMetricsAuth { health { status } }', { headers: { authorization: 'Bearer nope' } });
    await server.post('query OpsMetricsInvalid { nothingHere }');
    const samples = await scrape(server);
    expect(sampleValue(samples, 'graphql_errors_total', { code: 'UNAUTHENTICATED', operation: 'OpsMetricsAuth' })).toBe(
      2,
    );
    expect(
      sampleValue(samples, 'graphql_errors_total', {
        code: 'GRAPHQL_VALIDATION_FAILED',
        operation: 'OpsMetricsInvalid',
      }),
    ).toBe(1);
    expect(sampleValue(samples, 'graphql_errors_total', { operation: 'OpsMetricsHealth' })).toBeUndefined();
  });

  // Holds several pooled connections at once: needs a real server.
  it.skipIf(onEmbeddedDatabase())('reports the pool: total, idle and waiting clients', async () => {
    const held: pg.PoolClient[] = [];
    onTestFinished(() => {
      for (const client of held) client.release();
    });
    for (let i = 0; i < POOL_SIZE; i += 1) held.push(await db.pool.connect());
    let samples = await scrape(server);
    expect(sampleValue(samples, 'db_pool_max_clients')).toBe(POOL_SIZE);
    expect(sampleValue(samples, 'db_pool_total_clients')).toBe(POOL_SIZE);
    expect(sampleValue(samples, 'db_pool_idle_clients')).toBe(0);
    expect(sampleValue(samples, 'db_pool_waiting_clients')).toBe(0);

    const waiting = server.post(OpsMetricsHealth);
    samples = await waitFor(async () => {
      const current = await scrape(server);
      return sampleValue(current, 'db_pool_waiting_clients') === 1 ? current : undefined;
    }, 'a request waiting for a connection');
    expect(sampleValue(samples, 'db_pool_total_clients')).toBe(POOL_SIZE);

    for (const client of held.splice(0)) client.release();
    expect((await waiting).body.data?.health.status).toBe('ok');
    samples = await scrape(server);
    expect(sampleValue(samples, 'db_pool_waiting_clients')).toBe(0);
    expect(sampleValue(samples, 'db_pool_idle_clients')).toBe(POOL_SIZE);
  });
});
