import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string | undefined;
  close(): Promise<void>;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback socket so
 * that the ordinary pg driver and Prisma adapter reach it exactly like a real
 * server. It serves one connection at a time: use a pool of size 1.
 * `dataDir` undefined keeps the database in memory.
 */
export async function startEmbeddedDatabase(dataDir: string | undefined, port = 0): Promise<EmbeddedDatabase> {
  let directory: string | undefined;
  if (dataDir) {
    directory = resolve(dataDir, 'pglite');
    mkdirSync(directory, { recursive: true });
  }
  // pg_trgm: the search indexes' operator class (migration 20261202030000).
  const db = await PGlite.create({ ...(directory ? { dataDir: directory } : {}), extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 8 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    dataDir: directory,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
