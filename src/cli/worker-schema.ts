/**
 * `npm run worker:schema > prisma/migrations/<timestamp>_graphile_worker_<version>/migration.sql`:
 * prints graphile-worker's schema as one migration for our runner — the SQL
 * the worker would run itself at start-up, with its own bookkeeping rows in
 * graphile_worker.migrations, so a starting worker finds nothing to do. Run
 * it when upgrading graphile-worker (then only the new migrations are kept).
 */
import { handleHelp } from './help.js';
import { createRequire } from 'node:module';

handleHelp(`
usage: npm run worker:schema > prisma/migrations/<timestamp>_graphile_worker/migration.sql

Prints graphile-worker's schema as one migration for our runner.
`);

const require = createRequire(import.meta.url);
const { migrations } = require('graphile-worker/dist/generated/sql') as { migrations: Record<string, string> };
const { version } = require('graphile-worker/package.json') as { version: string };
const schema = 'graphile_worker';
const after = Number(process.argv[2] ?? 0);

const parts = [
  `-- graphile-worker ${version}: its schema, installed offline by our migration runner
-- (npm run worker:schema), with its bookkeeping in ${schema}.migrations.
create schema if not exists ${schema};
create table if not exists ${schema}.migrations(
  id int primary key,
  ts timestamptz default now() not null
);
alter table ${schema}.migrations add column if not exists breaking boolean not null default false;
`,
];
for (const [file, text] of Object.entries(migrations)) {
  const id = Number.parseInt(file.slice(0, 6), 10);
  if (id <= after) continue;
  const breaking = text.startsWith('--! breaking');
  parts.push(
    `-- graphile-worker migration ${file}\ninsert into ${schema}.migrations (id, breaking) values (${id}, ${breaking});\n${text.replace(/:GRAPHILE_WORKER_SCHEMA\b/g, schema)}`,
  );
}
process.stdout.write(parts.join('\n'));
