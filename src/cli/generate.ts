/**
 * `npm run generate`: prisma generate that also works where Prisma's native
 * schema engine cannot be downloaded. Generating the client needs no engine,
 * but the CLI tries to fetch one at start-up unless PRISMA_SCHEMA_ENGINE_BINARY
 * names an existing file; set it only when no engine is installed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function installedSchemaEngine(): string | undefined {
  const candidates = [
    dirname(require.resolve('@prisma/engines/package.json')),
    dirname(require.resolve('prisma/package.json')),
  ];
  for (const directory of candidates) {
    if (!existsSync(directory)) continue;
    const engine = readdirSync(directory).find((name) => name.startsWith('schema-engine'));
    if (engine) return join(directory, engine);
  }
  return undefined;
}

const env = { ...process.env };
if (!env['PRISMA_SCHEMA_ENGINE_BINARY'] && !installedSchemaEngine()) {
  env['PRISMA_SCHEMA_ENGINE_BINARY'] = process.execPath;
}
env['PRISMA_HIDE_UPDATE_MESSAGE'] = '1';

const prismaCli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
