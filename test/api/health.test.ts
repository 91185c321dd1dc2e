import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { createTestServer, errorCodes, type TestServer } from '../support/server.js';

const HealthQuery = graphql(`
  query Health {
    health {
      status
      database
      version
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe('health', () => {
  it('reports the database as reachable', async () => {
    const response = await server.execute(HealthQuery);
    expect(response.errors).toBeUndefined();
    expect(response.data?.health).toMatchObject({ status: 'ok', database: true });
  });

  it('answers /ready with 200 while the database answers', async () => {
    const response = await server.yoga.fetch('http://test/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ database: true });
  });

  it('rejects an invalid bearer token with UNAUTHENTICATED', async () => {
    const response = await server.execute(HealthQuery, {}, { token: 'not-a-jwt' });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});
