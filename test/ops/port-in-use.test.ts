import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startMain } from './support/main-process.js';

describe('a port already in use', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  it('ends start-up with one fatal line naming the port and exit code 1, not an uncaught exception', {
    timeout: 120_000,
  }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const main = startMain({ DATABASE_URL: db.url, PORT: String(port), WORKER_ENABLED: 'false' });
      expect(await main.exited).toBe(1);
      const fatal = main.lines().filter((line) => line.level >= 60);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]!.msg).toBe(`cannot listen on 127.0.0.1:${port}: the port is already in use (set PORT)`);
      expect(main.lines().some((line) => line.msg === 'uncaught exception')).toBe(false);
    } finally {
      taken.close();
    }
  });
});
