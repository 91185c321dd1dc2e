import { createServer as createHttpServer } from 'node:http';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createLogger } from './logger.js';
import { createServer } from './yoga.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);

const database = await openDatabase(config, { log: (line) => log.info(line) });
if (database.embedded) log.info({ dataDir: database.embedded.dataDir }, 'using the embedded PostgreSQL (PGlite)');

const yoga = createServer({ prisma: database.prisma, config, log });
const server = createHttpServer(yoga);

server.listen(config.PORT, config.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/graphql`;
  log.info({ url }, 'server ready');
  process.stdout.write(`\n  GraphiQL: ${url}\n\n`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  server.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
